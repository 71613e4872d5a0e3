import Foundation
import Testing
@testable import RegiokaartCore

/// No CSV cell holds a raw line break, and `excel-nl/` keeps a spreadsheet from reading scraped text
/// as a formula while the RFC 4180 files keep the data as it is.
@Suite struct SpreadsheetSafetyTests {
    /// The CSV files `forms` writes for `dataset`, by name.
    func csvFiles(_ dataset: Dataset, reference: ReferenceData) throws -> [String: [UInt8]] {
        let files = try OutputAssembler(reference: reference, forms: .both).files(dataset, published: true)
        return Dictionary(uniqueKeysWithValues: files.filter { $0.name.hasSuffix(".csv") }.map { ($0.name, $0.bytes) })
    }

    @Test func noCSVCellOfTheRealOutputHoldsALineBreak() throws {
        let (dataset, reference) = try InteropSupport.dataset()
        for (name, bytes) in try csvFiles(dataset, reference: reference) {
            let rows = try InteropSupport.rows(bytes, separator: name.hasPrefix("excel-nl/") ? ";" : ",")
            for row in rows {
                #expect(!row.contains { $0.contains("\n") || $0.contains("\r") }, "\(name): \(row)")
            }
        }
        // The names printed over two lines are written as the pipeline joined them.
        let pairs = try InteropSupport.rows(try csvFiles(dataset, reference: reference)["region_municipalities.csv"]!, separator: ",")
        let column = try #require(pairs.first?.firstIndex(of: "name_as_published"))
        #expect(pairs.contains { $0[column] == "Leidschendam-Voorburg" })
        #expect(pairs.contains { $0[column] == "Hardinxveld-Giessendam" })
    }

    @Test func theHostileFixtureIsGuardedInExcelNLOnly() throws {
        let document = try DocumentReader.read(path: Fixture.path("Tests/RegiokaartCoreTests/Fixtures/hostile/formula-names.txt"))
        let dataset = try BuildJob.dataset(from: document, reference: Fixture.reference)
        let files = try csvFiles(dataset, reference: Fixture.reference)
        let name = "=HYPERLINK(\"http://example.invalid/\";\"klik hier\")"
        let rfc = try InteropSupport.rows(files["regions.csv"]!, separator: ",")
        let nl = try InteropSupport.rows(files["excel-nl/regions.csv"]!, separator: ";")
        #expect(rfc[1][1] == name, "RFC 4180 keeps the data")
        #expect(nl[1][1] == "'" + name, "excel-nl shows it as text")
        let rfcIssues = try InteropSupport.rows(files["issues.csv"]!, separator: ",").map { $0[4] }
        let nlIssues = try InteropSupport.rows(files["excel-nl/issues.csv"]!, separator: ";").map { $0[4] }
        for raw in ["@SUM(1+1)", "+31 Apeldoorn", "=1+1"] {
            #expect(rfcIssues.contains(raw) && nlIssues.contains("'" + raw), "\(raw)")
        }
        // Every excel-nl cell is the RFC 4180 cell, or it behind a ' when it starts with a trigger.
        for table in DataTable.allCases {
            let a = try InteropSupport.rows(files[table.fileName]!, separator: ",")
            let b = try InteropSupport.rows(files["excel-nl/" + table.fileName]!, separator: ";")
            #expect(a.count == b.count)
            for (x, y) in zip(a, b) {
                #expect(zip(x, y).allSatisfy { p, q in
                    let trigger = p.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
                    return q == (trigger ? "'" + p : p)
                }, "\(table.fileName): \(x) / \(y)")
            }
        }
    }
}
