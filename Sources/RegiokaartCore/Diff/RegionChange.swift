/// How one region differs between two datasets (a region present in both).
///
/// Source positions (file, line) and `Thema:` stories are not compared: they move whenever the
/// publication is edited, without the data changing.
struct RegionChange: Codable, Hashable, Sendable {
    /// An old and a new value.
    struct Values<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
        var old: Value
        var new: Value
    }

    /// A municipality that joined or left the region.
    struct MunicipalityRef: Codable, Hashable, Sendable {
        var code: String
        var name: String
    }

    /// How the old region was found for the new one.
    enum Match: String, Codable, Sendable {
        /// Same id.
        case id
        /// Same name, different id.
        case name
        /// Different name and id, identical five figures.
        case figures
    }

    /// The region's id in the new dataset.
    var id: String
    /// The region's name in the new dataset.
    var name: String
    var matchedBy: Match
    /// Set when the id changed.
    var idChange: Values<String>?
    /// Set when the name changed (a rename).
    var nameChange: Values<String>?
    /// Changed figures by output name (`students`, …); nil is a figure not read (`null` in JSON),
    /// so a figure that became unknown is a change.
    var figures: [String: Values<Int?>]
    /// Set when the sectors changed.
    var sectors: Values<[String]>?
    /// Set when the scope changed.
    var scope: Values<String>?
    /// Municipalities in the new area only, by code.
    var municipalitiesJoined: [MunicipalityRef]
    /// Municipalities in the old area only, by code.
    var municipalitiesLeft: [MunicipalityRef]
    /// Names that could not be placed, new in this run or gone since the last.
    var unresolvedAdded: [String]
    var unresolvedRemoved: [String]

    /// True when the region was renamed (its name or id changed).
    var isRenamed: Bool { nameChange != nil || idChange != nil }

    /// True when anything differs.
    var isEmpty: Bool {
        idChange == nil && nameChange == nil && figures.isEmpty && sectors == nil && scope == nil
            && municipalitiesJoined.isEmpty && municipalitiesLeft.isEmpty && unresolvedAdded.isEmpty && unresolvedRemoved.isEmpty
    }

    enum CodingKeys: String, CodingKey {
        case id, name, figures, sectors, scope
        case matchedBy = "matched_by"
        case idChange = "id_change"
        case nameChange = "name_change"
        case municipalitiesJoined = "municipalities_joined"
        case municipalitiesLeft = "municipalities_left"
        case unresolvedAdded = "unresolved_added"
        case unresolvedRemoved = "unresolved_removed"
    }

    /// The differences between `old` and `new`, found by `match`.
    init(old: RegionRecord, new: RegionRecord, matchedBy match: Match) {
        id = new.id
        name = new.name
        matchedBy = match
        idChange = old.id == new.id ? nil : Values(old: old.id, new: new.id)
        nameChange = old.name == new.name ? nil : Values(old: old.name, new: new.name)
        figures = [:]
        for kind in FigureKind.allCases where old.figures[kind] != new.figures[kind] {
            figures[kind.rawValue] = Values(old: old.figures[kind], new: new.figures[kind])
        }
        sectors = old.sectors == new.sectors ? nil : Values(old: old.sectors, new: new.sectors)
        scope = old.scope == new.scope ? nil : Values(old: old.scope, new: new.scope)
        let oldCodes = Set(old.municipalities.map(\.code))
        let newCodes = Set(new.municipalities.map(\.code))
        municipalitiesJoined = Self.unique(new.municipalities.filter { !oldCodes.contains($0.code) })
        municipalitiesLeft = Self.unique(old.municipalities.filter { !newCodes.contains($0.code) })
        let oldUnresolved = Set(old.unresolved.map(\.name))
        let newUnresolved = Set(new.unresolved.map(\.name))
        unresolvedAdded = newUnresolved.subtracting(oldUnresolved).sorted()
        unresolvedRemoved = oldUnresolved.subtracting(newUnresolved).sorted()
    }

    /// Municipality references sorted by code, each once.
    static func unique(_ entries: [RegionRecord.MunicipalityEntry]) -> [MunicipalityRef] {
        var seen = Set<String>()
        return entries.filter { seen.insert($0.code).inserted }
            .map { MunicipalityRef(code: $0.code, name: $0.name) }
            .sorted { $0.code < $1.code }
    }
}
