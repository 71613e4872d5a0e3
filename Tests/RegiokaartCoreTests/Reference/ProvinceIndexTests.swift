import Testing
@testable import RegiokaartCore

/// `ProvinceIndex.mayName`: a name it rules out is no province's, in any spelling the index folds.
@Suite struct ProvinceIndexTests {
    static let index = ProvinceIndex(reference: Fixture.reference)

    /// Every province name and alias, in other cases and spacing, with diacritics, and names that only
    /// look like them; every municipality.
    static var names: [String] {
        let reference = Fixture.reference
        var names = reference.provinces.flatMap { [$0.name] + $0.aliases } + reference.municipalities.map(\.name)
        names += names.flatMap { [$0.uppercased(), $0.lowercased(), " " + $0, "-" + $0, "'" + $0, $0.replacingOccurrences(of: "-", with: " ")] }
        names += ["UTRECHT", "uTrecht", "U-trecht", "U trecht", "Ütrecht", "U\u{308}trecht", "Fryslân", "FRYSLÂN", "nl-gr", "NL GR",
                  "Zeeland", "Zee land", "Drenthe", "Denthe", "Brabant", "'s-Hertogenbosch", "1 Utrecht", "", "U", "Ut", "Uz"]
        return names
    }

    @Test func aNameRuledOutIsNoProvinces() {
        for name in Self.names where !Self.index.mayName(name) {
            #expect(Self.index.province(named: name) == nil, "\(name)")
        }
    }

    @Test func everyProvinceSpellingMayBeOne() {
        for name in Self.names where Self.index.province(named: name) != nil {
            #expect(Self.index.mayName(name), "\(name)")
        }
        #expect(Self.index.mayName("UTRECHT") && Self.index.mayName("uTrecht") && Self.index.mayName("nl-gr"))
    }

    /// Most municipalities are ruled out, which is what the early answer is for.
    @Test func mostMunicipalitiesAreRuledOut() {
        let municipalities = Fixture.reference.municipalities.map(\.name)
        #expect(municipalities.filter { !Self.index.mayName($0) }.count * 2 > municipalities.count)
        #expect(!Self.index.mayName("Amsterdam") && !Self.index.mayName("HEERLEN"))
    }
}
