import Foundation
import Testing
@testable import RegiokaartCore

/// Each table's columns are declared once (`ColumnCatalog`): the written CSVs must have a field per
/// header column on every row, and `datapackage.json` must describe exactly each CSV's header.
@Suite struct TableColumnsTests {
    /// The real dataset with hostile values in the first rows of every table: separators, quotes,
    /// line breaks, formula triggers, and every optional value absent.
    static func hostileDataset() -> Dataset {
        var dataset = RealInput.dataset
        let hostile = "a;b,c|\"d\"\r\n=e"
        dataset.regions[0].name = hostile
        dataset.regions[0].sectorTag = nil
        dataset.regions[0].figures = Figures()
        dataset.regions[1].sectorTag = hostile
        dataset.regions[1].municipalities[0].nameAsPublished = hostile
        dataset.regions[1].municipalities[0].viaProvince = nil
        if !dataset.mentions.cases.isEmpty {
            dataset.mentions.cases[0].theme = hostile
            dataset.mentions.cases[0].resolution = nil
        }
        if !dataset.mentions.voorlopers.isEmpty {
            dataset.mentions.voorlopers[0].mention.landsdeel = nil
            dataset.mentions.voorlopers[0].resolution = nil
        }
        dataset.report(Issue(.info, .areaRepeated, field: nil, raw: hostile, result: nil, at: nil, hostile))
        dataset.report(Issue(.info, .areaRepeated, field: hostile, raw: nil, at: SourceLocation(file: hostile, line: 0), "line 0"))
        return dataset
    }

    /// The field count of every record of a CSV (header first), parsed by CSV.swift.
    static func fieldCounts(_ bytes: [UInt8], dialect: CSVDialect) throws -> [Int] {
        try InteropSupport.rows(bytes, separator: dialect.separator).map(\.count)
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func everyRowHasAFieldPerHeaderColumn(dialect: CSVDialect) throws {
        let renderer = DatasetRenderer(reference: RealInput.reference, dialect: dialect)
        for dataset in [RealInput.dataset, Self.hostileDataset()] {
            for table in DataTable.allCases {
                let sink = ByteSink()
                renderer.csv(table, dataset, into: sink)
                let counts = try Self.fieldCounts(sink.bytes, dialect: dialect)
                #expect(counts.count > 1, "\(table.fileName) has no rows")
                #expect(counts.allSatisfy { $0 == table.columns.count }, "\(table.fileName): a row disagrees with the header")
            }
        }
    }

    /// The check above fails on a table whose row writes a field too many.
    @Test func aColumnWritingTwoFieldsIsCaught() throws {
        let broken = TableColumns<Int>([
            TableColumn(TableField("a", en: ("A", "A."), nl: ("A", "A.")), .integer { $0 }),
            TableColumn(TableField("b", en: ("B", "B."), nl: ("B", "B.")), .written { n, csv in csv.field(n); csv.field(n) }),
        ])
        var csv = broken.csv(.rfc4180, into: ByteSink())
        for n in 0..<3 { broken.write(n, into: &csv) }
        let counts = try Self.fieldCounts(csv.bytes, dialect: .rfc4180)
        #expect(counts == [2, 3, 3, 3])
    }

    /// `regions.csv`'s sectors are written from static names (`ColumnCatalog.sectorList`): each cell
    /// must be the sectors' raw values joined by `|`, in the region's order, in both dialects.
    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func sectorListsAreTheRawValuesJoined(dialect: CSVDialect) throws {
        for sector in Sector.allCases {
            #expect(Array(ColumnCatalog.sectorName(sector)) == Array(sector.rawValue.utf8))
        }
        var dataset = RealInput.dataset
        let lists: [[Sector]] = [[], [.mbo], [.mbo, .po], [.vo, .vo, .po, .mbo], Sector.allCases]
        for (n, list) in lists.enumerated() { dataset.regions[n].sectors = list }
        let sink = ByteSink()
        DatasetRenderer(reference: RealInput.reference, dialect: dialect).csv(.regions, dataset, into: sink)
        let rows = try InteropSupport.rows(sink.bytes, separator: dialect.separator)
        let column = try #require(rows.first?.firstIndex(of: "sectors"))
        #expect(rows.dropFirst().map { $0[column] } == dataset.regions.map { $0.sectors.map(\.rawValue).joined(separator: "|") })
    }

    @Test func integerColumnsHoldNumbersOrNothing() throws {
        let renderer = DatasetRenderer(reference: RealInput.reference)
        for table in DataTable.allCases {
            let sink = ByteSink()
            renderer.csv(table, Self.hostileDataset(), into: sink)
            let rows = try InteropSupport.rows(sink.bytes, separator: ",")
            for (column, field) in table.fields.enumerated() where field.type == "integer" {
                let required = field.constraints?.required == true
                for row in rows.dropFirst() {
                    #expect(Int(row[column]) != nil || (!required && row[column].isEmpty), "\(table.fileName).\(field.name): \(row[column])")
                }
            }
        }
    }

    /// `datapackage.json` as written, read back with JSONSerialization: each resource's field names
    /// are the header of the CSV file it points to, in both forms.
    @Test func theDataPackageFieldsAreEachCSVsHeader() throws {
        let (dataset, reference) = try InteropSupport.dataset()
        let files = try OutputAssembler(reference: reference, forms: .both).files(dataset, published: true)
        let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
        let package = try #require(try JSONSerialization.jsonObject(with: Data(byName["datapackage.json"]!)) as? [String: Any])
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(resources.count == 2 * DataTable.allCases.count)
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let dialect = try #require(resource["dialect"] as? [String: Any])
            let delimiter = try #require((dialect["delimiter"] as? String)?.first)
            let fields = try #require((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
            let csv = try #require(byName[path], "\(path) is described but not written")
            let header = try #require(try InteropSupport.rows(csv, separator: delimiter).first)
            #expect(fields.compactMap { $0["name"] as? String } == header, "\(path)")
        }
    }
}
