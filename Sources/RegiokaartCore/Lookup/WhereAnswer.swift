/// What `regiokaart where NAME` found: the regions the name names, and the municipalities it was
/// understood as, each with the regions serving it per sector. Encoded as the `--json` answer.
public struct WhereAnswer: Hashable, Sendable, Encodable {
    /// A region, by id and name.
    struct RegionRef: Hashable, Sendable, Encodable {
        var id: String
        var name: String
        /// The sectors the region serves (from its figures).
        var sectors: [String]
    }

    /// A municipality, by code and CBS name.
    struct MunicipalityRef: Hashable, Sendable, Encodable {
        var code: String
        var name: String
    }

    /// A region the name names (by id, name or a name it was seen under), with its municipalities.
    struct RegionMatch: Hashable, Sendable, Encodable {
        var region: RegionRef
        /// `municipalities`, `provinces` or `national` (no list: every municipality).
        var scope: String
        /// How the name named it: `id`, `name` or `alias` (a name it was seen under).
        var matchedBy: String
        /// The municipalities it serves, for each of its sectors (empty for a national region).
        var municipalities: [MunicipalityRef]
        /// The provinces its card lists, for scope `provinces` (their municipalities are listed too).
        var provinces: [String]

        enum CodingKeys: String, CodingKey {
            case region, scope, municipalities, provinces
            case matchedBy = "matched_by"
        }
    }

    /// A municipality the name was understood as, and who serves it.
    struct MunicipalityMatch: Hashable, Sendable, Encodable {
        var municipality: MunicipalityRef
        var province: String
        /// The regions serving it, per sector `po`, `vo`, `mbo` (regional regions only).
        var sectors: [String: [RegionRef]]
        /// The national regions, which serve every municipality for their sectors.
        var national: [RegionRef]
    }

    /// How the matcher read the name as a municipality.
    struct Understanding: Hashable, Sendable, Encodable {
        /// The matcher's rule (`exact`, `alias`, `qualifier`, `folded`, `former`, `place`, `fuzzy`), or
        /// `label` when a label was left out first (`detail` then names the rule that read the rest).
        var rule: String
        /// How the rule got there (the alias row, the merger, the place, the distance).
        var detail: String
        /// True when the name fits several municipalities equally: every candidate is listed.
        var ambiguous: Bool
    }

    /// The name as asked.
    var query: String
    /// Regions the name names.
    var regions: [RegionMatch]
    /// How the name was read as a municipality; nil when no matcher rule applies.
    var understood: Understanding?
    /// The municipalities it was read as: one, or every candidate when ambiguous.
    var municipalities: [MunicipalityMatch]
    /// The nearest known names, when nothing was found.
    var suggestions: [String]

    /// True when the name named a region or a municipality.
    public var found: Bool { !regions.isEmpty || !municipalities.isEmpty }

    enum CodingKeys: String, CodingKey {
        case query, regions, understood, municipalities, suggestions, found
    }

    /// Encodes the answer as `where --json` prints it.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(found, forKey: .found)
        try c.encode(regions, forKey: .regions)
        try c.encodeIfPresent(understood, forKey: .understood)
        try c.encode(municipalities, forKey: .municipalities)
        try c.encode(suggestions, forKey: .suggestions)
    }
}
