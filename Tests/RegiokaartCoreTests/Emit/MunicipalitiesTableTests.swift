import Testing
@testable import RegiokaartCore

/// `municipalities.csv` reads `Dataset.coverage`; its rows must be what a plain scan of the regions gives.
@Suite struct MunicipalitiesTableTests {
    /// The rows by a plain scan: per sector the ids of the regions (national ones aside) serving
    /// it and listing the municipality, as often as they list it, in publication order; the count
    /// of distinct ids; the same regions' names; the sectors with more than one distinct id.
    static func expected(_ regions: [Region], _ municipalities: [Municipality], dialect: CSVDialect) -> [UInt8] {
        var csv = CSVWriter(dialect: dialect, header: DataTable.municipalities.columns)
        for m in municipalities {
            let perSector = Sector.allCases.map { sector in
                regions.filter { $0.scope != .national && $0.sectors.contains(sector) }.flatMap { region in
                    region.municipalities.filter { $0.municipality.code == m.code }.map { _ in region }
                }
            }
            let ids = perSector.map { $0.map(\.id) }
            let overlaps = Sector.allCases.indices.filter { Set(ids[$0]).count > 1 }.map { Sector.allCases[$0].rawValue }
            csv.write([m.code, m.name, m.provinceCode, m.provinceName] + ids.map { $0.joined(separator: "|") }
                      + [String(Set(ids.joined()).count)] + perSector.map { $0.map(\.name).joined(separator: "|") }
                      + [overlaps.joined(separator: "|")])
        }
        return csv.bytes
    }

    static func written(_ dataset: Dataset, dialect: CSVDialect) -> [UInt8] {
        let sink = ByteSink()
        DatasetRenderer(reference: RealInput.reference, dialect: dialect).csv(.municipalities, dataset, into: sink)
        return sink.bytes
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func realDataset(dialect: CSVDialect) throws {
        let dataset = RealInput.dataset
        #expect(dataset.coverage != nil)  // filled by CheckCoverage, read here
        let bytes = Self.written(dataset, dialect: dialect)
        #expect(bytes == Self.expected(dataset.regions, RealInput.reference.municipalities, dialect: dialect))
        #expect(bytes.count > 10_000)
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func duplicateIDsRepeatedMunicipalitiesAndHostileIDs(dialect: CSVDialect) {
        var dataset = RealInput.dataset
        dataset.regions += dataset.regions  // every id twice: distinct counts must count ids, not regions
        dataset.regions[0].id = "a;b,c|\"d\""
        dataset.regions[1].id = ""
        dataset.regions[2].municipalities += dataset.regions[2].municipalities  // listed twice: joined twice, counted once
        dataset.regions[3].scope = .national
        dataset.regions[4].sectors = []
        dataset.regions[5].id = dataset.regions[6].id
        dataset.regions[7].name = "a|b,\"c\""
        dataset.regions[0].name = "=SUM(1)"  // a formula first in a list: guarded in excel-nl
        dataset.regions[9].name = ""  // an empty text in a list
        dataset.regions[8].id = "@x"
        dataset.coverage = Coverage(regions: dataset.regions, municipalities: RealInput.reference.municipalities)
        let municipalities = RealInput.reference.municipalities
        let written = Self.written(dataset, dialect: dialect)
        #expect(written == Self.expected(dataset.regions, municipalities, dialect: dialect))
        let guarded = dialect.neutralisesFormulas ? "'" : ""
        #expect(String(decoding: written, as: UTF8.self).contains(";\(guarded)=SUM(1)|") == dialect.neutralisesFormulas)
        #expect(String(decoding: written, as: UTF8.self).contains(",=SUM(1)|") == !dialect.neutralisesFormulas)
        dataset.regions = []
        dataset.coverage = nil  // not validated: the renderer computes it
        #expect(Self.written(dataset, dialect: dialect) == Self.expected([], municipalities, dialect: dialect))
    }
}
