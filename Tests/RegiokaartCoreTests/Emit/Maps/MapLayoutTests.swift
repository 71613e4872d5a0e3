import Testing
@testable import RegiokaartCore

/// `MapLayout` matches the shapes to the municipalities and the coverage rows once for the three
/// maps: each municipality its own shape and row, neighbours as rows, a missing shape as nil.
@Suite struct MapLayoutTests {
    @Test func everyMunicipalityHasItsShapeAndRowAndItsNeighboursAsRows() throws {
        let geometry = CoverageMapTests.geometry
        let municipalities = RealInput.reference.municipalities
        let coverage = try #require(RealInput.dataset.coverage)
        let layout = MapLayout(geometry: geometry, municipalities: municipalities, coverage: coverage)
        #expect(layout.distinctRows == Array(coverage.municipalities.indices))
        for (k, m) in municipalities.enumerated() {
            let shape = try #require(layout.shapeOf[k])
            #expect(geometry.municipalities[shape].code == m.code)
            let row = try #require(layout.rowOf[k])
            #expect(coverage.municipalities[row].code == m.code)
            #expect(layout.neighbourRows[row].map { coverage.municipalities[$0].code } == geometry.municipalities[shape].neighbours)
        }
        let vlieland = try #require(coverage.row(of: "GM0096"))
        #expect(layout.neighbourRows[vlieland].isEmpty)
    }

    @Test func aMunicipalityWithoutShapeOrRowHasNil() throws {
        let geometry = CoverageMapTests.geometry
        let coverage = try #require(RealInput.dataset.coverage)
        var municipalities = Array(RealInput.reference.municipalities.prefix(2))
        municipalities[1].code = "GM9999"
        // A reference listing a code twice: the later row is not a distinct row and borders nothing.
        let twice = Coverage(regions: [], municipalities: [municipalities[0], municipalities[0]])
        let layout = MapLayout(geometry: geometry, municipalities: municipalities, coverage: coverage)
        #expect(layout.shapeOf[0] != nil && layout.shapeOf[1] == nil)
        #expect(layout.rowOf[0] != nil && layout.rowOf[1] == nil)
        let repeated = MapLayout(geometry: geometry, municipalities: municipalities, coverage: twice)
        #expect(repeated.distinctRows == [0])
        #expect(repeated.neighbourRows[1].isEmpty)
    }
}
