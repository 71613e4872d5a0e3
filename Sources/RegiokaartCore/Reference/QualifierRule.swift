/// The name is a CBS name without its province qualifier: "Hengelo" → "Hengelo (O.)".
/// Finds both municipalities for "Bergen". A name that is also a place in another municipality adds
/// that municipality: "Laren" is Laren (NH.) or the village in Lochem, "Beek" Beek (L.) or a village
/// in Montferland or Berg en Dal; the card's geography decides, as for "Bergen".
struct QualifierRule: MatchRule {
    let kind = MatchKind.qualifier
    let byBase: [String: [String]]
    /// For the names that are also places elsewhere: those places, for the note.
    let places: [String: [Place]]

    /// `places`: the place rule, whose places of the same name are candidates too.
    init(_ reference: ReferenceData, places placeRule: PlaceRule) {
        var byBase: [String: [String]] = [:]
        for m in reference.municipalities {
            let base = NameFolding.withoutQualifier(m.name)
            if base != m.name { byBase[base, default: []].append(m.code) }
        }
        var places: [String: [Place]] = [:]
        for (base, codes) in byBase {
            let elsewhere = (placeRule.places(folded: NameFolding.fold(base)) ?? []).filter { !codes.contains($0.municipalityCode) }
            guard !elsewhere.isEmpty else { continue }
            byBase[base] = codes + elsewhere.map(\.municipalityCode)
            places[base] = elsewhere
        }
        self.byBase = byBase
        self.places = places
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let codes = byBase[name] else { return nil }
        var detail = "CBS name with a province qualifier"
        if let elsewhere = places[name] {
            detail += "; also a place in " + elsewhere.map { "\($0.municipalityCode) (woonplaats \($0.name), \($0.code))" }.joined(separator: ", ")
        }
        return RuleHit(codes: codes, detail: detail)
    }

    /// True when `municipality` is called `name` (its CBS name, or that name without its qualifier,
    /// compared folded); false when a rule found it as the municipality a place called `name` lies in.
    static func isNamed(_ municipality: Municipality, _ name: String) -> Bool {
        let folded = NameFolding.fold(name)
        return NameFolding.fold(municipality.name) == folded || NameFolding.fold(NameFolding.withoutQualifier(municipality.name)) == folded
    }
}
