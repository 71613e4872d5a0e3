/// The name equals a CBS name (with or without qualifier) once case, diacritics, spaces and
/// hyphens are ignored: "Sudwest-Fryslan" → "Súdwest-Fryslân", "Westbetuwe" → "West Betuwe".
struct FoldedRule: MatchRule {
    let kind = MatchKind.folded
    let byFolded: [String: [String]]
    /// Folded names without qualifier that are also places in other municipalities, as in `QualifierRule`.
    let places: [String: [Place]]

    /// `byFolded`: `MunicipalityMatcher.foldedIndex` of the reference data; `qualifier`: the rule
    /// whose places of the same name are candidates too (`LAREN` as `Laren`).
    init(byFolded: [String: [String]], qualifier: QualifierRule) {
        var byFolded = byFolded
        var places: [String: [Place]] = [:]
        for (base, elsewhere) in qualifier.places {
            let key = NameFolding.fold(base)
            guard let codes = byFolded[key] else { continue }
            let extra = elsewhere.filter { !codes.contains($0.municipalityCode) }
            guard !extra.isEmpty else { continue }
            byFolded[key] = codes + extra.map(\.municipalityCode)
            places[key] = extra
        }
        self.byFolded = byFolded
        self.places = places
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let codes = byFolded[folded] else { return nil }
        var detail = "same name ignoring case, diacritics, spaces and hyphens"
        if let elsewhere = places[folded] {
            detail += "; also a place in " + elsewhere.map { "\($0.municipalityCode) (woonplaats \($0.name), \($0.code))" }.joined(separator: ", ")
        }
        return RuleHit(codes: codes, detail: detail)
    }
}
