/// The name is in the steward's alias table (`Input/corrections/municipality-aliases.csv`), compared
/// folded. A row with a `region_id` applies to that card only and wins over the rows without one.
/// Tried before every other rule, so a row also overrides an exact match.
struct AliasRule: MatchRule {
    let kind = MatchKind.alias
    let byFolded: [String: MunicipalityAlias]
    /// Scoped rows: folded name → region id → row.
    let scoped: [String: [String: MunicipalityAlias]]

    init(_ reference: ReferenceData) {
        var byFolded: [String: MunicipalityAlias] = [:]
        var scoped: [String: [String: MunicipalityAlias]] = [:]
        for alias in reference.aliases {
            let key = NameFolding.fold(alias.name)
            if let region = alias.regionID {
                if scoped[key]?[region] == nil { scoped[key, default: [:]][region] = alias }
            } else if byFolded[key] == nil {
                byFolded[key] = alias
            }
        }
        self.byFolded = byFolded
        self.scoped = scoped
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        candidates(for: name, folded: folded, region: nil)
    }

    func candidates(for name: String, folded: String, region: String?) -> RuleHit? {
        guard let alias = region.flatMap({ scoped[folded]?[$0] }) ?? byFolded[folded] else { return nil }
        let scope = alias.regionID.map { " for \($0) only" } ?? ""
        return RuleHit(codes: [alias.code], detail: "alias table \(alias.location)\(scope)\(alias.note.isEmpty ? "" : ": \(alias.note)")")
    }

    /// True when some row for `folded` is scoped to a card: its result then depends on the card.
    func isScoped(_ folded: String) -> Bool { scoped[folded] != nil }
}
