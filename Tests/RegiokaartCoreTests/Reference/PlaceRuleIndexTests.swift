import Testing
@testable import RegiokaartCore

/// `PlaceRule`'s index against its definition: each place under its folded name and, when it
/// differs, its folded name without qualifier; one place per municipality under a name, in file order.
@Suite struct PlaceRuleIndexTests {
    /// The index as the definition builds it, with an array per name.
    static func definition(_ places: [Place]) -> [String: [Place]] {
        var index: [String: [Place]] = [:]
        for place in places {
            let folded = NameFolding.fold(place.name)
            var keys = [folded]
            let base = PlaceRule.withoutQualifier(place.name)
            if base != place.name, NameFolding.fold(base) != folded { keys.append(NameFolding.fold(base)) }
            for key in keys where !(index[key] ?? []).contains(where: { $0.municipalityCode == place.municipalityCode }) {
                index[key, default: []].append(place)
            }
        }
        return index
    }

    @Test func theVendoredPlacesAreIndexedAsDefined() {
        let rule = PlaceRule(Fixture.reference)
        let expected = Self.definition(Fixture.reference.places)
        #expect(Set(rule.byFolded.keys) == Set(expected.keys))
        for (key, places) in expected { #expect(rule.places(folded: key) == places, "\(key)") }
        #expect(rule.places(folded: "velp")?.count == 2)
        #expect(rule.places(folded: "nowhere") == nil)
    }

    @Test func generatedPlacesAreIndexedAsDefined() {
        // Names that share folds and bases, in municipalities that repeat, in an order that interleaves them.
        let names = ["Bergen L", "Bergen", "Bergen (NH)", "bergen", "Bergen NH", "Beek", "Beek L", "Beek (L.)", "Velp", "Velp  GLD",
                     "Ée", "Ee", "E e", "Laren", "Laren NH", "'s-Heer", "sHeer AB", "Súdwest", "Sudwest X"]
        var places: [Place] = []
        for k in 0..<200 {
            let name = names[(k * 7) % names.count]
            places.append(Place(code: String(1000 + k), name: name, municipalityCode: "GM" + String(k % 5)))
        }
        let rule = PlaceRule(ReferenceData(municipalities: [], provinces: [], mergers: [], places: places))
        let expected = Self.definition(places)
        #expect(Set(rule.byFolded.keys) == Set(expected.keys))
        for (key, list) in expected { #expect(rule.places(folded: key) == list, "\(key)") }
    }

    @Test func aPlaceListKeepsOnePlacePerMunicipalityInOrder() {
        var list = PlaceList()
        #expect(list.places.isEmpty)
        let places = [("1", "GM1"), ("2", "GM2"), ("3", "GM1"), ("4", "GM3"), ("5", "GM2"), ("6", "GM4"), ("7", "GM3")]
            .map { Place(code: $0.0, name: "X", municipalityCode: $0.1) }
        for place in places { list.add(place) }
        #expect(list.places.map(\.code) == ["1", "2", "4", "6"])
    }
}
