import Testing
@testable import RegiokaartCore

@Suite struct MunicipalityMatcherTests {
    let matcher = MunicipalityMatcher(reference: Fixture.reference)

    func name(_ outcome: MatchOutcome) -> String? {
        outcome.code.flatMap { Fixture.reference.municipalityByCode[$0]?.name }
    }

    @Test(arguments: [
        ("Arnhem", "Arnhem", MatchKind.exact),
        ("Middelburg", "Middelburg (Z.)", .qualifier),
        ("Sudwest-Fryslan", "Súdwest-Fryslân", .folded),
        ("Westbetuwe", "West Betuwe", .folded),
        ("Hengelo (O)", "Hengelo (O.)", .folded),
        ("Den Haag", "'s-Gravenhage", .alias),
        ("Haaren", "Oisterwijk", .former),
        ("Skarsterlân", "De Fryske Marren", .former),
        ("AArnhem", "Arnhem", .fuzzy),
        ("Wijdmeren", "Wijdemeren", .fuzzy),
        ("Neunen, Gewen en Nederwetten", "Nuenen, Gerwen en Nederwetten", .fuzzy),
        ("Berkalland", "Berkelland", .fuzzy),
        ("Rijssen-Holtten", "Rijssen-Holten", .fuzzy),
        ("Noorderveld", "Noordenveld", .fuzzy),
    ])
    func matchesEachKindOfSpelling(raw: String, expected: String, kind: MatchKind) {
        let outcome = matcher.match(raw)
        #expect(name(outcome) == expected)
        #expect(outcome.kind == kind)
    }

    @Test func aQualifiedNameThatIsAlsoAPlaceElsewhereHasBothCandidates() {
        // Hengelo (O.), and the village Hengelo (Gld) in Bronckhorst; Laren (NH.), and Laren in Lochem.
        #expect(Set(matcher.match("Hengelo").hit?.codes ?? []) == ["GM0164", "GM1876"])
        #expect(matcher.match("Hengelo").kind == .qualifier)
        #expect(Set(matcher.match("LAREN").hit?.codes ?? []) == ["GM0417", "GM0262"])
        #expect(matcher.match("Hengelo (O.)").code == "GM0164")
    }

    @Test func leavesAmbiguousNamesOpen() {
        let bergen = matcher.match("Bergen")
        #expect(bergen.code == nil)
        #expect(Set(bergen.hit?.codes ?? []) == ["GM0373", "GM0893"])
        // "Veendaal" is two edits from Veenendaal and from Veendam: not a coin toss.
        let veendaal = Set(matcher.match("Veendaal").hit?.codes ?? [])
        #expect(veendaal.isSuperset(of: ["GM0345", "GM0047"]))
    }

    @Test func refusesNamesTooFarFromAnyMunicipality() {
        #expect(matcher.match("Atlantis").kind == nil)
        #expect(matcher.match("Ede2x").code == nil)
        // Short names get one edit only through the short rule, whose single candidate waits for the
        // card's geography; "Edam" (two edits from Ede) is the place in Edam-Volendam, never Ede.
        #expect(matcher.match("Eda").kind == .shortFuzzy)
        #expect(matcher.geography(for: .shortFuzzy) == .confirmsOnlyOne)
        #expect(matcher.match("Edam").hit?.codes.contains("GM0228") == false)
        #expect(matcher.match("Xq").kind == nil)
    }

    @Test func explainsEveryRule() {
        let steps = matcher.explain("Veendaal")
        #expect(steps.map(\.step) == ["alias", "exact", "qualifier", "folded", "former", "label", "place", "fuzzy", "short_fuzzy"])
        #expect(steps[7].hit?.detail.contains("edit distance 2") == true)
    }
}

@Suite struct ReferenceLoaderTests {
    @Test func loadsTheVendoredReference() {
        let reference = Fixture.reference
        #expect(reference.municipalities.count == 342)
        #expect(reference.provinces.count == 12)
        #expect(reference.municipalities.allSatisfy { $0.latitude != nil })
        #expect(reference.municipalities(inProvince: "PV21").count == 18)
    }
}

/// The `place` rule: a CBS woonplaats listed instead of its municipality.
struct PlaceRuleTests {
    let matcher = MunicipalityMatcher(reference: Fixture.reference)

    @Test(arguments: [("Rosmalen", "GM0796"), ("Voorburg", "GM1916"), ("rosmalen", "GM0796")])
    func aUniquePlaceIsItsMunicipality(_ name: String, _ code: String) {
        let outcome = matcher.match(name)
        #expect(outcome.kind == .place)
        #expect(outcome.code == code)
    }

    @Test func aPlaceInSeveralMunicipalitiesIsAnAmbiguityNotAPick() {
        let outcome = matcher.match("Velp")
        #expect(outcome.kind == .place)
        #expect(Set(outcome.hit?.codes ?? []) == ["GM0275", "GM1982"])
    }

    @Test func aMunicipalityNameStillWinsOverAPlaceOfTheSameName() {
        #expect(matcher.match("Amsterdam").kind == .exact)
    }
}
