/// The name is a CBS woonplaats (place), compared folded and with or without its BAG qualifier
/// (`Hengelo (Gld)`, `Bergen L`): the municipalities it lies in. `Rosmalen` → 's-Hertogenbosch;
/// `Velp` lies in Rheden and in Land van Cuijk, an ambiguity for the geography step. Even a unique
/// place must lie among the card's other municipalities: a typo can make a real place elsewhere
/// (`Eede`, a village in Sluis, is `Ede` with a doubled letter).
struct PlaceRule: MatchRule {
    let kind = MatchKind.place
    /// A place named on a card far from the card's other municipalities is a doubt, not a match.
    let geography = GeographyCheck.confirmsEvery
    let byFolded: [String: [Place]]

    init(_ reference: ReferenceData) {
        var byFolded: [String: [Place]] = [:]
        for place in reference.places {
            for key in Set([NameFolding.fold(place.name), NameFolding.fold(Self.withoutQualifier(place.name))])
            where !(byFolded[key]?.contains { $0.municipalityCode == place.municipalityCode } ?? false) {
                byFolded[key, default: []].append(place)
            }
        }
        self.byFolded = byFolded
    }

    /// `Hengelo (Gld)` → `Hengelo`, `Bergen L` → `Bergen`: a BAG place name without its qualifier.
    static func withoutQualifier(_ name: String) -> String {
        let base = NameFolding.withoutQualifier(name)
        guard base == name else { return base }
        // The last word is found from the end: splitting each of the 2,501 names was 4 % of a cold run.
        var end = name.endIndex
        while end > name.startIndex, name[name.index(before: end)] == " " { end = name.index(before: end) }
        guard let space = name[..<end].lastIndex(of: " ") else { return name }
        let last = name[name.index(after: space)..<end]
        guard last.count <= 3, last.allSatisfy(\.isUppercase) else { return name }
        let words = name[..<space].split(separator: " ")
        return words.isEmpty ? name : words.joined(separator: " ")
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let places = byFolded[folded] else { return nil }
        let names = places.map { "\($0.name) (woonplaats \($0.code), \($0.municipalityCode))" }
        return RuleHit(codes: places.map(\.municipalityCode), detail: "CBS woonplaats " + names.joined(separator: ", "))
    }
}
