import Testing
@testable import RegiokaartCore

/// The vendored CBS woonplaatsen table as the reference loader reads it.
struct PlaceTableTests {
    let places = Fixture.reference.places

    @Test func everyRowIsReadAndEveryMunicipalityHasAPlace() {
        #expect(places.count == 2501)
        #expect(Set(places.map(\.municipalityCode)) == Set(Fixture.reference.municipalities.map(\.code)))
    }

    @Test(arguments: [("Rosmalen", "GM0796"), ("Voorburg", "GM1916"), ("Kudelstaart", "GM0358")])
    func aPlaceLiesInItsMunicipality(_ name: String, _ code: String) {
        #expect(places.filter { $0.name == name }.map(\.municipalityCode) == [code])
    }

    @Test func aSharedPlaceNameHasOneRowPerMunicipality() {
        #expect(places.filter { $0.name == "Velp" }.count == 2)
    }
}
