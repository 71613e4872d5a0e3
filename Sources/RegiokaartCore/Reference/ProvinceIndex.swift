/// Finds a province by its name or any alias, ignoring case, diacritics, spaces and hyphens.
struct ProvinceIndex: Sendable {
    let byFolded: [String: String]
    /// The folded names and aliases as bytes, for `misspelt(_:)`, in a fixed order.
    let keys: [(key: [UInt8], folded: String, code: String)]

    init(reference: ReferenceData) {
        var byFolded: [String: String] = [:]
        for province in reference.provinces {
            for name in [province.name] + province.aliases { byFolded[NameFolding.fold(name)] = province.code }
        }
        self.byFolded = byFolded
        keys = byFolded.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.key, $0.value) }
    }

    /// The province code `name` stands for, if any.
    func province(named name: String) -> String? {
        byFolded[NameFolding.fold(name)]
    }

    /// The provinces one edit from `name` (a misspelling: `Denthe` → Drenthe), by the rule of
    /// `ShortFuzzyRule`: one is a candidate, several are a tie and never a pick. Empty for a name that
    /// is a province, or fewer than 4 letters (one edit turns `NL-DR` into `NL-FR`).
    func misspelt(_ name: String) -> (codes: [String], detail: String) {
        let folded = NameFolding.fold(name)
        guard byFolded[folded] == nil, folded.utf8.count >= 4 else { return ([], "") }
        let probe = Array(folded.utf8)
        var codes: [String] = []
        var names: [String] = []
        for entry in keys where EditDistance.distance(probe, entry.key, bound: 1) != nil {
            if !codes.contains(entry.code) { codes.append(entry.code) }
            names.append(entry.folded)
        }
        return (codes, "one edit from " + names.joined(separator: ", "))
    }
}
