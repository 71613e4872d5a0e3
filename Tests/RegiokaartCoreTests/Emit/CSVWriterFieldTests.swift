import Foundation
import Testing
@testable import RegiokaartCore

/// `CSVWriter` writes each field's bytes as they are, quoted (quotes doubled) only when they hold the
/// separator, a quote or a line break: checked against a plain reference on hostile fields.
@Suite struct CSVWriterFieldTests {
    static let fields = ["", "plain", "Súdwest-Fryslân", "a,b", "a;b", "say \"hi\"", "\"", "\"\"", "two\nlines", "cr\rlf\r\n",
                         "tab\there", "emoji 🇳🇱", "e\u{301}", ",;\"\n\r", "trailing \"", "\u{0}\u{1F}", String(repeating: "x\"", count: 300),
                         // What a spreadsheet would run as a formula (guarded in excel-nl only).
                         "=HYPERLINK(\"http://x\";\"klik\")", "@SUM(A1)", "+31 20", "-5", "-", "=", "\t=1+1", "\r\n=1", "\r=1;2",
                         "'=already", " =not first", "a=b"]

    /// The rule spelled out on Characters, independent of the writer's byte loop.
    static func reference(_ fields: [[String]], dialect: CSVDialect) -> [UInt8] {
        var out = dialect.byteOrderMark ? "\u{FEFF}" : ""
        for row in fields {
            out += row.map { raw in
                // OWASP's list of formula triggers, by scalar ("\r\n" is one Character).
                let trigger = raw.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
                let field = dialect.neutralisesFormulas && trigger ? "'" + raw : raw
                return field.contains(where: { $0 == dialect.separator || $0 == "\"" || $0.isNewline })
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: String(dialect.separator)) + dialect.lineEnding
        }
        return Array(out.utf8)
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func hostileFieldsAreQuotedExactlyWhenNeeded(dialect: CSVDialect) {
        let rows = [["h1", "h2"]] + Self.fields.map { [$0, "x"] } + [Self.fields]
        var csv = CSVWriter(dialect: dialect, header: rows[0])
        for row in rows.dropFirst() { csv.write(row) }
        #expect(csv.bytes == Self.reference(rows, dialect: dialect))
    }

    @Test func bytesNumbersAndBridgedStringsWriteTheSameAsStrings() {
        var byString = CSVWriter(dialect: .rfc4180, header: ["a", "b", "c"])
        var byOther = CSVWriter(dialect: .rfc4180, header: ["a", "b", "c"])
        for (n, field) in Self.fields.enumerated() {
            byString.write([field, String(n - 5), field])
            // A field given as bytes, a number, and a Foundation-bridged string (not native UTF-8).
            Array(field.utf8).withUnsafeBufferPointer { byOther.field(utf8: $0) }
            byOther.field(n - 5)
            byOther.field(NSString(string: field + "").appending(""))
            byOther.endRecord()
        }
        #expect(byOther.bytes == byString.bytes)
    }

    @Test func excelNLGuardsFormulaTextButNotNumbersAndRFC4180KeepsTheData() {
        var excel = CSVWriter(dialect: .excelNL, header: ["name", "n"])
        excel.write(["=HYPERLINK(\"http://x\")", "-5"])
        excel.field("@SUM(A1)")
        excel.field(-5)  // a number is written as a number: no formula, no guard
        excel.endRecord()
        #expect(String(decoding: excel.bytes.dropFirst(3), as: UTF8.self)
                == "name;n\r\n\"'=HYPERLINK(\"\"http://x\"\")\";'-5\r\n'@SUM(A1);-5\r\n")
        var rfc = CSVWriter(dialect: .rfc4180, header: ["name"])
        rfc.write(["=HYPERLINK(\"http://x\")"])
        rfc.write(["@SUM(A1)"])
        #expect(String(decoding: rfc.bytes, as: UTF8.self) == "name\r\n\"=HYPERLINK(\"\"http://x\"\")\"\r\n@SUM(A1)\r\n")
    }

    /// A field written from parts (`field(joining:by:part:)`) is the field of the joined text, for
    /// every pair and triple of hostile parts (empty first parts, formula triggers, quotes).
    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func joinedPartsWriteAsTheJoinedText(dialect: CSVDialect) {
        let parts = Self.fields.map { Array($0.utf8) }
        var byParts = CSVWriter(dialect: dialect, header: ["a", "b"])
        var byText = CSVWriter(dialect: dialect, header: ["a", "b"])
        var lists: [[Int]] = [[]] + parts.indices.map { [$0] }
        for a in parts.indices { for b in parts.indices { lists.append([a, b]) } }
        lists += parts.indices.map { [$0, ($0 + 1) % parts.count, ($0 + 7) % parts.count] }
        let flat = parts.flatMap { $0 }
        let starts = parts.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        for list in lists {
            flat.withUnsafeBufferPointer { flat in
                byParts.field(joining: list.count, by: UInt8(ascii: "|")) { n in
                    UnsafeBufferPointer(rebasing: flat[starts[list[n]]..<starts[list[n] + 1]])
                }
            }
            byParts.field("x")
            byParts.endRecord()
            byText.write([list.map { Self.fields[$0] }.joined(separator: "|"), "x"])
        }
        #expect(byParts.bytes == byText.bytes)
    }
}
