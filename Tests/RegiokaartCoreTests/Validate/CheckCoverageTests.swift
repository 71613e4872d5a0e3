import Testing
@testable import RegiokaartCore

/// `CheckCoverage` computes the coverage once and stores it on the dataset (`Dataset.coverage`)
/// for `CheckOverlaps` and the outputs.
@Suite struct CheckCoverageTests {
    @Test func theStoredCoverageIsWhatAPlainScanOfTheRegionsGives() throws {
        let dataset = RealInput.dataset
        let coverage = try #require(dataset.coverage)
        #expect(coverage.fits(dataset.regions))
        #expect(coverage.municipalities.map(\.code) == RealInput.reference.municipalities.map(\.code))
        var covered = 0
        for m in RealInput.reference.municipalities {
            for sector in Sector.allCases {
                let scanned = dataset.regions.indices.filter {
                    dataset.regions[$0].scope != .national && dataset.regions[$0].sectors.contains(sector)
                }.flatMap { index in dataset.regions[index].municipalities.filter { $0.municipality.code == m.code }.map { _ in index } }
                #expect(Array(coverage.regions(covering: m.code, sector)) == scanned, "\(m.code) \(sector)")
                if !scanned.isEmpty { covered += 1 }
            }
        }
        // Every (municipality, sector) pair is covered or reported as a gap.
        var gapPairs = 0
        for gap in RealInput.issues(.coverageGap) {
            let code = String(gap.rawValue!.split(separator: "(").last!.dropLast())
            for sector in gap.resultValue!.split(separator: "/") {
                #expect(coverage.regions(covering: code, Sector(rawValue: String(sector))!).isEmpty)
                gapPairs += 1
            }
        }
        #expect(covered + gapPairs == RealInput.reference.municipalities.count * Sector.allCases.count)
        #expect(covered > gapPairs)
    }

    @Test func anUnknownCodeIsCoveredByNothingAndIdsAreCountedOnce() {
        var regions = RealInput.dataset.regions
        regions.append(regions[0])  // the same id twice
        let coverage = Coverage(regions: regions, municipalities: RealInput.reference.municipalities)
        #expect(coverage.regions(covering: "GM9999", .po).isEmpty)
        #expect(coverage.row(of: "GM9999") == nil)
        #expect(coverage.firstWithSameID.last == 0)
        #expect(coverage.distinct([0, regions.count - 1, 1, 0]) == [0, 1])
    }

    /// The regions' pairs carry their municipality's number in the reference list; the coverage finds
    /// each pair's row by code all the same, whatever list it indexes: here the reference list turned
    /// around, a part of it, and pairs made without a number (another municipality set on them).
    @Test func rowsAreFoundByCodeWhateverTheListsOrder() {
        var regions = RealInput.dataset.regions
        for k in regions[1].municipalities.indices { regions[1].municipalities[k].municipality.name += " (changed)" }
        #expect(!regions[1].municipalities.isEmpty && regions[1].municipalities.allSatisfy { $0.municipalityNumber == nil })
        #expect(regions[0].municipalities.allSatisfy { $0.municipalityNumber != nil })
        let reference = RealInput.reference.municipalities
        for list in [Array(reference.reversed()), Array(reference.prefix(200).reversed()) + reference.suffix(50), reference] {
            let coverage = Coverage(regions: regions, municipalities: list)
            let listed = Set(list.map(\.code))
            for m in reference {
                for sector in Sector.allCases {
                    let scanned = regions.indices.filter {
                        listed.contains(m.code) && regions[$0].scope != .national && regions[$0].sectors.contains(sector)
                    }.flatMap { index in regions[index].municipalities.filter { $0.municipality.code == m.code }.map { _ in index } }
                    #expect(Array(coverage.regions(covering: m.code, sector)) == scanned, "\(m.code) \(sector)")
                }
            }
        }
    }
}
