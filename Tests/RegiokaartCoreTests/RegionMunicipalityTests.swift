import Testing
@testable import RegiokaartCore

/// Pairs that share one `MunicipalityLink` behave as pairs holding their own values.
@Suite struct RegionMunicipalityTests {
    static let aalten = Fixture.reference.municipalityByCode["GM0197"]!
    static let location = SourceLocation(file: "t.txt", line: 4)
    static let context = StepContext(reference: Fixture.reference)

    @Test func sharedAndOwnValuesAreEqual() {
        for kind in MatchKind.allCases {
            let link = Self.context.link(code: "GM0197", match: kind)!
            let shared = RegionMunicipality(link: link, nameAsPublished: "Aalten", source: Self.location)
            let own = RegionMunicipality(municipality: Self.aalten, match: kind, nameAsPublished: "Aalten", source: Self.location)
            #expect(shared == own)
            #expect(shared.hashValue == own.hashValue)
            #expect(shared.municipality == Self.aalten && shared.match == kind && shared.viaProvince == nil)
            #expect(Self.context.link(code: "GM0197", match: kind) === link)
        }
        #expect(Self.context.link(code: "GM9999", match: .exact) == nil)
    }

    @Test func settingAFieldChangesThatPairOnly() {
        let link = Self.context.link(code: "GM0197", match: .exact)!
        let shared = RegionMunicipality(link: link, nameAsPublished: "Aalten", source: Self.location)
        var changed = shared
        changed.municipality.name = "Ander"
        changed.match = .fuzzy
        changed.viaProvince = "PV25"
        #expect(changed.municipality.name == "Ander" && changed.match == .fuzzy && changed.viaProvince == "PV25")
        #expect(changed != shared)
        #expect(shared.municipality.name == "Aalten" && shared.match == .exact && shared.viaProvince == nil)
        #expect(link.municipality == Self.aalten && link.match == .exact)
    }

    @Test func provinceLinksAreSharedOnlyWhenTheyFit() {
        let link = Self.context.link(Self.aalten, viaProvince: "PV25")
        #expect(link === Self.context.link(Self.aalten, viaProvince: "PV25"))
        #expect(link.match == .province && link.viaProvince == "PV25" && link.municipality == Self.aalten)
        let elsewhere = Self.context.link(Self.aalten, viaProvince: "PV21")
        #expect(elsewhere.viaProvince == "PV21" && elsewhere !== link)
        var moved = Self.aalten
        moved.latitude = 0
        #expect(Self.context.link(moved, viaProvince: "PV25").municipality == moved)
    }

    @Test func collectedPairsNameTheReferenceMunicipalities() {
        var count = 0
        for region in Fixture.seed.regions {
            for pair in region.municipalities {
                #expect(pair.municipality == Fixture.reference.municipalityByCode[pair.municipality.code])
                #expect((pair.match == .province) == (pair.viaProvince != nil))
                if let via = pair.viaProvince { #expect(via == pair.municipality.provinceCode) }
                count += 1
            }
        }
        #expect(count > 700)
    }
}
