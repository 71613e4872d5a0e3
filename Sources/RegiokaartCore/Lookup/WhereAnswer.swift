/// What `regiokaart where NAME` found: the regions the name names, and the municipalities it was
/// understood as, each with the regions serving it per sector. Encoded as the `--json` answer.
public struct WhereAnswer: Hashable, Sendable, Encodable {
    /// A region, by id and name.
    public struct RegionRef: Hashable, Sendable, Encodable {
        public var id: String
        public var name: String
        /// The sectors the region serves (from its figures).
        public var sectors: [String]
    }

    /// A municipality, by code and CBS name.
    public struct MunicipalityRef: Hashable, Sendable, Encodable {
        public var code: String
        public var name: String
    }

    /// A region the name names (by id, name or a name it was seen under), with its municipalities.
    public struct RegionMatch: Hashable, Sendable, Encodable {
        public var region: RegionRef
        /// `municipalities`, `provinces` or `national` (no list: every municipality).
        public var scope: String
        /// How the name named it: `id`, `name` or `alias` (a name it was seen under).
        public var matchedBy: String
        /// The municipalities it serves, for each of its sectors (empty for a national region).
        public var municipalities: [MunicipalityRef]
        /// The provinces its card lists, for scope `provinces` (their municipalities are listed too).
        public var provinces: [String]

        enum CodingKeys: String, CodingKey {
            case region, scope, municipalities, provinces
            case matchedBy = "matched_by"
        }
    }

    /// A municipality the name was understood as, and who serves it.
    public struct MunicipalityMatch: Hashable, Sendable, Encodable {
        public var municipality: MunicipalityRef
        public var province: String
        /// The regions serving it, per sector `po`, `vo`, `mbo` (regional regions only).
        public var sectors: [String: [RegionRef]]
        /// The national regions, which serve every municipality for their sectors.
        public var national: [RegionRef]
    }

    /// How the matcher read the name as a municipality.
    public struct Understanding: Hashable, Sendable, Encodable {
        /// The matcher's rule (`exact`, `alias`, `qualifier`, `folded`, `former`, `place`, `fuzzy`).
        public var rule: String
        /// How the rule got there (the alias row, the merger, the place, the distance).
        public var detail: String
        /// True when the name fits several municipalities equally: every candidate is listed.
        public var ambiguous: Bool
    }

    /// The name as asked.
    public var query: String
    /// Regions the name names.
    public var regions: [RegionMatch]
    /// How the name was read as a municipality; nil when no matcher rule applies.
    public var understood: Understanding?
    /// The municipalities it was read as: one, or every candidate when ambiguous.
    public var municipalities: [MunicipalityMatch]
    /// The nearest known names, when nothing was found.
    public var suggestions: [String]

    /// True when the name named a region or a municipality.
    public var found: Bool { !regions.isEmpty || !municipalities.isEmpty }

    enum CodingKeys: String, CodingKey {
        case query, regions, understood, municipalities, suggestions, found
    }

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
