import Foundation
import GRDB
import Testing
@testable import RegiokaartCore

/// The database stores the columns the tables declare (`TableColumn.isStored`) under the same
/// names: every stored column is a column of the migrated database, and every database column is a
/// stored one or one only the database has.
@Suite struct DatabaseColumnsTests {
    /// (database table, its stored CSV columns, the columns only the database has).
    static let tables: [(String, [String], Set<String>)] = [
        ("regions", ColumnCatalog.regions.stored.map(\.name), ["run_id"]),
        ("region_municipalities", ColumnCatalog.regionMunicipalities.stored.map(\.name), []),
        ("municipalities", ColumnCatalog.municipality.stored.map(\.name), []),
        ("issues", ColumnCatalog.issues.stored.map(\.name), ["run_id", "position"]),
    ]

    @Test func theStoredColumnsAreTheDatabaseColumns() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let database = try RunDatabase(path: scratch.appendingPathComponent("runs.sqlite").path)
        for (table, stored, databaseOnly) in Self.tables {
            let columns = try database.queue.read { db in try db.columns(in: table).map(\.name) }
            #expect(!stored.isEmpty)
            #expect(Set(stored).isSubset(of: columns), "\(table): \(Set(stored).subtracting(columns)) not in the database")
            #expect(Set(columns) == Set(stored).union(databaseOnly), "\(table): \(Set(columns).subtracting(stored)) not declared")
        }
    }

    @Test func aColumnWrittenStraightIntoTheCSVIsNeverStored() {
        #expect(ColumnCatalog.municipalities.stored.allSatisfy {
            if case .written = $0.value { false } else { true }
        })
        for table in DataTable.allCases { #expect(Set(table.columns).count == table.columns.count, "\(table.fileName) names a column twice") }
    }
}
