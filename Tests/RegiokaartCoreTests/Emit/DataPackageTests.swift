import Foundation
import Testing
@testable import RegiokaartCore

@Suite struct DataPackageTests {
    /// The field for `column` of `table`, or nil when the table has no such column.
    static func field(_ column: String, in table: DataTable) -> TableField? {
        table.fields.first { $0.name == column }
    }

    @Test(arguments: DataTable.allCases)
    func everyWrittenColumnIsDescribedInBothLanguages(table: DataTable) throws {
        for column in table.columns {
            let field = try #require(Self.field(column, in: table), "\(table.fileName): \(column) undescribed")
            #expect(field.name == column)
            #expect(["string", "integer"].contains(field.type))
            #expect(!field.title.isEmpty && !field.titleNL.isEmpty && !field.description.isEmpty && !field.descriptionNL.isEmpty)
        }
        #expect(Set(table.primaryKey).isSubset(of: table.columns))
        for key in table.foreignKeys {
            #expect(table.columns.contains(key.column))
            #expect(key.table.columns.contains(key.referencedColumn))
        }
    }

    /// Resource names are the table names with hyphens, the Dutch layout's marked (`DataPackageBuilder.resourceName`).
    @Test func resourceNamesAreTheTableNamesWithHyphens() {
        let descriptor = DataPackageBuilder(forms: .both).descriptor(source: "x")
        let names = ["regions", "region-municipalities", "municipalities", "cases", "voorlopers", "issues"]
        #expect(descriptor.resources.map(\.name) == names + names.map { $0 + "-excel-nl" })
        #expect(DataPackageBuilder.resourceName(.regionMunicipalities, prefix: "") == "region-municipalities")
    }

    @Test func theSchemaFieldsAreTheWritersColumnsInOrder() throws {
        let descriptor = DataPackageBuilder(forms: .both).descriptor(source: "x")
        #expect(descriptor.resources.map(\.path) == DataTable.allCases.map(\.fileName) + DataTable.allCases.map { "excel-nl/" + $0.fileName })
        for resource in descriptor.resources {
            let table = try #require(DataTable.allCases.first { resource.path.hasSuffix("/" + $0.fileName) || resource.path == $0.fileName })
            #expect(resource.schema.fields.map(\.name) == table.columns)
            for key in resource.schema.foreignKeys ?? [] {
                #expect(descriptor.resources.contains { $0.name == key.reference.resource && $0.path.hasPrefix(resource.path.hasPrefix("excel-nl/") ? "excel-nl/" : "") })
            }
        }
        let pairs = try #require(descriptor.resources.first { $0.path == "region_municipalities.csv" })
        #expect(pairs.schema.foreignKeys?.map(\.reference.resource) == ["regions", "municipalities"])
        #expect(pairs.schema.primaryKey == ["region_id", "municipality_code"])
        let nl = try #require(descriptor.resources.first { $0.path == "excel-nl/region_municipalities.csv" })
        #expect(nl.schema.foreignKeys?.map(\.reference.resource) == ["regions-excel-nl", "municipalities-excel-nl"])
        #expect(nl.encoding == "utf-8-sig" && nl.dialect.delimiter == ";")
    }

    @Test func theEnumsAdmitEveryValueOfTheRealDataset() throws {
        let (dataset, _) = try InteropSupport.dataset()
        let sectors = try #require(Self.field("sectors", in: .regions)?.constraints?.enum)
        #expect(sectors.count == 7 && sectors.first == "po" && sectors.last == "po|vo|mbo")
        for region in dataset.regions where !region.sectors.isEmpty {
            #expect(sectors.contains(region.sectors.map(\.rawValue).joined(separator: "|")))
        }
        #expect(Self.field("severity", in: .issues)?.constraints?.enum == ["error", "warning", "info"])
        let codes = try #require(Self.field("code", in: .issues)?.constraints?.enum)
        #expect(dataset.issues.allSatisfy { codes.contains($0.code) })
        #expect(Self.field("code", in: .municipalities)?.constraints?.pattern == "^GM[0-9]{4}$")
    }

    /// A column's schema type follows its declared value: numbers are `integer`, the rest `string`.
    @Test func theSchemaTypeIsTheValuesType() {
        #expect(Self.field("source_line", in: .regions)?.type == "integer")
        #expect(Self.field("students", in: .regions)?.type == "integer")
        #expect(Self.field("region_count", in: .municipalities)?.type == "integer")
        #expect(Self.field("regions_po", in: .municipalities)?.type == "string")
        #expect(Self.field("no_such_column", in: .regions) == nil)
        let typed = TableColumn<Int>(TableField("n", "string", en: ("N", "N."), nl: ("N", "N.")), .optionalInteger { $0 })
        #expect(typed.field.type == "integer")
    }
}
