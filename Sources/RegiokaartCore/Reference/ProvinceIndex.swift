/// Finds a province by its name or any alias, ignoring case, diacritics, spaces and hyphens.
public struct ProvinceIndex: Sendable {
    let byFolded: [String: String]

    public init(reference: ReferenceData) {
        var byFolded: [String: String] = [:]
        for province in reference.provinces {
            for name in [province.name] + province.aliases { byFolded[NameFolding.fold(name)] = province.code }
        }
        self.byFolded = byFolded
    }

    /// The province code `name` stands for, if any.
    public func province(named name: String) -> String? {
        byFolded[NameFolding.fold(name)]
    }
}
