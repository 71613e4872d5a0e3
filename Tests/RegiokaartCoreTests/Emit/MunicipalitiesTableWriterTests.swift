import Testing
@testable import RegiokaartCore

/// `MunicipalitiesTableWriter` must write the rows the `Coverage`-based writer wrote.
@Suite struct MunicipalitiesTableWriterTests {
    /// The previous rows: `Coverage`'s id lists, joined, and a `Set` of ids for the distinct count.
    /// The names columns: the covering regions' names in `Coverage`'s order, found by a plain scan;
    /// overlaps: sectors with more than one distinct id.
    static func reference(_ regions: [Region], _ municipalities: [Municipality], dialect: CSVDialect) -> [UInt8] {
        let coverage = Coverage(regions)
        var csv = CSVWriter(dialect: dialect, header: DatasetRenderer.municipalityColumns)
        for m in municipalities {
            let perSector = Sector.allCases.map { coverage.regions(covering: m.code, sector: $0) }
            let distinct = Set(perSector.joined()).count
            let names = Sector.allCases.map { sector in
                regions.filter { $0.scope != .national && $0.sectors.contains(sector) }.flatMap { region in
                    region.municipalities.filter { $0.municipality.code == m.code }.map { _ in region.name }
                }.joined(separator: "|")
            }
            let overlaps = Sector.allCases.indices.filter { Set(perSector[$0]).count > 1 }.map { Sector.allCases[$0].rawValue }
            csv.write([m.code, m.name, m.provinceCode, m.provinceName] + perSector.map { $0.joined(separator: "|") }
                      + [String(distinct)] + names + [overlaps.joined(separator: "|")])
        }
        return csv.bytes
    }

    static func written(_ regions: [Region], _ municipalities: [Municipality], dialect: CSVDialect) -> [UInt8] {
        var csv = CSVWriter(dialect: dialect, header: DatasetRenderer.municipalityColumns)
        MunicipalitiesTableWriter(municipalities: municipalities, regions: regions).write(into: &csv)
        return csv.bytes
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func realDataset(dialect: CSVDialect) {
        let dataset = RealInput.dataset
        let municipalities = RealInput.reference.municipalities
        let bytes = Self.written(dataset.regions, municipalities, dialect: dialect)
        #expect(bytes == Self.reference(dataset.regions, municipalities, dialect: dialect))
        #expect(bytes.count > 10_000)
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func duplicateIDsRepeatedMunicipalitiesAndHostileIDs(dialect: CSVDialect) {
        var regions = RealInput.dataset.regions
        let copies = regions
        regions += copies  // every id twice: distinct counts must count ids, not regions
        regions[0].id = "a;b,c|\"d\""
        regions[1].id = ""
        regions[2].municipalities += regions[2].municipalities  // listed twice: joined twice, counted once
        regions[3].scope = .national
        regions[4].sectors = []
        regions[5].id = regions[6].id
        regions[7].name = "a|b,\"c\""
        let municipalities = RealInput.reference.municipalities
        #expect(Self.written(regions, municipalities, dialect: dialect) == Self.reference(regions, municipalities, dialect: dialect))
        #expect(Self.written([], municipalities, dialect: dialect) == Self.reference([], municipalities, dialect: dialect))
    }
}
