import Testing
@testable import RegiokaartCore

/// Pairs that share one `MunicipalityLink` behave as pairs holding their own values.
@Suite struct RegionMunicipalityTests {
    static let aalten = Fixture.reference.municipalityByCode["GM0197"]!
    static let aaltenNumber = Fixture.reference.municipalityNumbers["GM0197"]!
    static let location = SourceLocation(file: "t.txt", line: 4)
    static let context = StepContext(reference: Fixture.reference)

    @Test func sharedAndOwnValuesAreEqual() {
        var links = CollectMunicipalities.Links()
        for kind in MatchKind.allCases {
            let link = links.link(number: Self.aaltenNumber, Self.aalten, match: kind, name: "Aalten")
            let shared = RegionMunicipality(link: link, line: Self.location.line)
            let own = RegionMunicipality(municipality: Self.aalten, match: kind, nameAsPublished: "Aalten", line: Self.location.line)
            #expect(shared == own)
            #expect(shared.hashValue == own.hashValue)
            #expect(shared.municipality == Self.aalten && shared.match == kind && shared.viaProvince == nil)
            #expect(shared.nameAsPublished == "Aalten")
            #expect(links.link(number: Self.aaltenNumber, Self.aalten, match: kind, name: "Aalten") === link)
            #expect(links.link(number: Self.aaltenNumber, Self.aalten, match: kind, name: "aalten") !== link)
        }
    }

    @Test func settingAFieldChangesThatPairOnly() {
        var links = CollectMunicipalities.Links()
        let link = links.link(number: Self.aaltenNumber, Self.aalten, match: .exact, name: "Aalten")
        let shared = RegionMunicipality(link: link, line: Self.location.line)
        var changed = shared
        #expect(changed.municipalityNumber == Self.aaltenNumber)
        changed.municipality.name = "Ander"
        #expect(changed.municipalityNumber == nil)
        changed.match = .fuzzy
        changed.viaProvince = "PV25"
        #expect(changed.municipality.name == "Ander" && changed.match == .fuzzy && changed.viaProvince == "PV25")
        changed.nameAsPublished = nil
        #expect(changed.nameAsPublished == nil && changed.viaProvince == "PV25")
        #expect(changed != shared)
        #expect(shared.municipality.name == "Aalten" && shared.match == .exact && shared.viaProvince == nil)
        #expect(shared.nameAsPublished == "Aalten")
        #expect(link.municipality == Self.aalten && link.match == .exact && link.nameAsPublished == "Aalten")
    }

    @Test func provinceLinksAreSharedOnlyWhenTheyFit() {
        let link = Self.context.link(position: Self.aaltenNumber, viaProvince: "PV25")
        #expect(link === Self.context.link(position: Self.aaltenNumber, viaProvince: "PV25"))
        #expect(link.match == .province && link.viaProvince == "PV25" && link.municipality == Self.aalten)
        #expect(link.number == Self.aaltenNumber)
        let elsewhere = Self.context.link(position: Self.aaltenNumber, viaProvince: "PV21")
        #expect(elsewhere.viaProvince == "PV21" && elsewhere !== link && elsewhere.number == Self.aaltenNumber)
    }

    /// A pair keeps its line alone (32 bits) and takes its file from its region's card: the location is
    /// the one of the area entry it was collected from, as when each pair held its own, on the real
    /// input and on hostile cards (repeats, split names, provinces expanded, unknown names).
    @Test func aPairsSourceIsTheLocationOfItsEntryInTheCardsFile() throws {
        #expect(MemoryLayout<RegionMunicipality>.stride == 16)
        let hostile = try BuildJob.dataset(from: Fixture.document(Fixture.hostileAreaCards.joined(), name: "elders/hostile.txt"),
                                           reference: Fixture.reference)
        var checked = 0
        for dataset in [RealInput.dataset, hostile] {
            for region in dataset.regions {
                for pair in region.municipalities {
                    let entries = region.area.filter { entry in
                        switch entry.resolution {
                        case .municipality(let number, _): pair.viaProvince == nil && number == pair.municipalityNumber
                        case .province(let code): pair.viaProvince == code
                        default: false
                        }
                    }
                    let entry = try #require(entries.first { $0.line == pair.line }, "\(region.id) \(pair.municipality.code)")
                    #expect(pair.source(in: region) == region.location(of: entry))
                    #expect(pair.source(in: region).file == dataset.regions[0].source.file)
                    checked += 1
                }
            }
        }
        #expect(hostile.regions[0].source.file == "elders/hostile.txt")
        #expect(checked > 700)
        // Lines up to 32 bits round-trip; a pair differs from one on another line.
        var far = hostile.regions[0].municipalities[0]
        far.line = Int(UInt32.max)
        #expect(far.line == Int(UInt32.max) && far != hostile.regions[0].municipalities[0])
        far.line = hostile.regions[0].municipalities[0].line
        #expect(far == hostile.regions[0].municipalities[0])
    }

    @Test func collectedPairsNameTheReferenceMunicipalities() {
        var count = 0
        for region in Fixture.seed.regions {
            for pair in region.municipalities {
                #expect(pair.municipality == Fixture.reference.municipalityByCode[pair.municipality.code])
                #expect(pair.municipalityNumber == Fixture.reference.municipalityNumbers[pair.municipality.code])
                #expect((pair.match == .province) == (pair.viaProvince != nil))
                if let via = pair.viaProvince { #expect(via == pair.municipality.provinceCode) }
                count += 1
            }
        }
        #expect(count > 700)
    }
}
