import Testing
@testable import RegiokaartCore

/// `Coverage` keeps its lists in one flat array and `SectorCoverage` reads them per call; both give
/// what a plain scan of the regions gives (an array per municipality and sector), on the real input,
/// on an archive-like repeat of it and on hostile regions.
@Suite struct CoverageTests {
    /// The plain way: per municipality row and sector, every covering region index in publication order.
    static func plain(_ regions: [Region], _ municipalities: [Municipality]) -> [[[Int]]] {
        var rowOfCode: [String: Int] = [:]
        for row in municipalities.indices where rowOfCode[municipalities[row].code] == nil { rowOfCode[municipalities[row].code] = row }
        var cells = Array(repeating: Array(repeating: [Int](), count: Sector.allCases.count), count: municipalities.count)
        for index in regions.indices where regions[index].scope != .national {
            for pair in regions[index].municipalities {
                guard let row = rowOfCode[pair.municipality.code] else { continue }
                for (slot, sector) in Sector.allCases.enumerated() where regions[index].sectors.contains(sector) {
                    cells[row][slot].append(index)
                }
            }
        }
        return cells
    }

    static func expectPlain(_ regions: [Region], _ municipalities: [Municipality],
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let coverage = Coverage(regions: regions, municipalities: municipalities)
        let plain = plain(regions, municipalities)
        #expect(coverage.fits(regions), sourceLocation: sourceLocation)
        var first: [String: Int] = [:]
        for index in regions.indices where first[regions[index].id] == nil { first[regions[index].id] = index }
        #expect(coverage.firstWithSameID == regions.map { first[$0.id]! }, sourceLocation: sourceLocation)
        for row in municipalities.indices {
            for (slot, sector) in Sector.allCases.enumerated() {
                // Asked by row, and by code (the first row of a code listed twice).
                #expect(Array(coverage.regions(covering: row, sector)) == plain[row][slot], "\(row) \(sector)", sourceLocation: sourceLocation)
                let firstRow = municipalities.firstIndex { $0.code == municipalities[row].code }!
                #expect(Array(coverage.regions(covering: municipalities[row].code, sector)) == plain[firstRow][slot],
                        sourceLocation: sourceLocation)
            }
        }
        // The maps' per-sector reading: the drawn regions (first of each id, serving the sector), each once in a row.
        for sector in Sector.allCases {
            let sectorCoverage = SectorCoverage(sector: sector, regions: regions, coverage: coverage)
            var seen = Set<String>()
            let drawn = regions.indices.filter {
                regions[$0].scope != .national && regions[$0].sectors.contains(sector) && seen.insert(regions[$0].id).inserted
            }
            #expect(sectorCoverage.regions == drawn, sourceLocation: sourceLocation)
            var codes: [String] = []
            for m in municipalities where !codes.contains(m.code) { codes.append(m.code) }
            #expect(sectorCoverage.codes == codes, sourceLocation: sourceLocation)
            for code in codes + ["GM9999", ""] {
                var expected: [Int] = []
                if let row = municipalities.firstIndex(where: { $0.code == code }) {
                    for index in plain[row][Sector.allCases.firstIndex(of: sector)!]
                    where drawn.contains(index) && expected.last != index { expected.append(index) }
                }
                #expect(sectorCoverage.covering(code) == expected, "\(code) \(sector)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theRealInputIsCoveredAsAPlainScanSays() {
        Self.expectPlain(RealInput.dataset.regions, RealInput.reference.municipalities)
    }

    @Test func anArchiveLikeRepeatIsCoveredAsAPlainScanSays() {
        let regions = RealInput.dataset.regions
        // Copies with ids of their own, and copies that repeat an id.
        let copies = regions.map { var r = $0; r.id += "-copy"; return r }
        Self.expectPlain(regions + copies + regions, RealInput.reference.municipalities)
    }

    @Test func hostileRegionsAreCoveredAsAPlainScanSays() throws {
        var regions = try Fixture.dataset(Fixture.hostileAreaCards.joined()).regions
        let real = RealInput.dataset.regions
        regions += real.prefix(5)
        // No sectors; every sector; a municipality listed three times; national with municipalities; no municipalities.
        regions[regions.count - 1].sectors = []
        regions[regions.count - 2].sectors = Sector.allCases
        regions[regions.count - 2].municipalities += Array(repeating: regions[regions.count - 2].municipalities[0], count: 2)
        regions[regions.count - 3].scope = .national
        regions[regions.count - 4].municipalities = []
        // A pair made without a reference number, for a code outside the list.
        var outside = regions[regions.count - 5].municipalities[0]
        outside.municipality = Municipality(code: "GM9999", name: "Nergens", provinceCode: "PV99", provinceName: "Nergens")
        regions[regions.count - 5].municipalities.append(outside)
        let reference = RealInput.reference.municipalities
        for list in [reference, Array(reference.prefix(40)) + reference.prefix(3), [], Array(reference.reversed())] {
            Self.expectPlain(regions, list)
        }
        Self.expectPlain([], reference)
    }
}
