import CSV
import Foundation
import Testing
@testable import RegiokaartCore

/// `CSVTable` reads RFC 4180 on the bytes; CSV.swift (the library it replaced) is the oracle for the
/// cells, and the line numbers are counted independently from the text.
@Suite struct CSVTableTests {
    /// Writes `text` to a file and reads it as a table with `columns`.
    func table(_ text: String, columns: [String] = ["a"]) throws -> CSVTable {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("t.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try CSVTable(path: path, displayName: "t.csv", columns: columns)
    }

    /// The error message of reading `text`.
    func failure(_ text: String) throws -> String? {
        do { _ = try table(text); return nil } catch let error as InputError { return error.description }
    }

    @Test func quotedCellsCommasQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}a,b,c\r\nplain,\"with, comma\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",,\"\"\nlast,x,é 𝄞"
        let rows = try table(text, columns: ["a", "b", "c"]).rows
        #expect(rows.map(\.cells) == [["plain", "with, comma", "say \"hi\""], ["two\nlines", "", ""], ["last", "x", "é 𝄞"]])
        // The blank line 3 is skipped but counted; the quoted line break moves "last" to line 6.
        #expect(rows.map(\.location.line) == [2, 4, 6])
        #expect(try rows[0].value("b") == "with, comma")
        #expect(throws: InputError.self) { try rows[1].value("b") }
        #expect(try rows[1].value("b", required: false) == "")
    }

    /// A column found once reads what the column's name reads: trimmed (ASCII blanks on the bytes,
    /// a no-break space by Foundation), a doubled quote as one, absent as empty.
    @Test func aColumnFoundOnceReadsAsItsName() throws {
        let text = "a,b,c\n \tx y\t ,\" \"\"q\"\" \",\u{A0}é\u{A0}\n\"\",\"\",\r\n"
        let table = try table(text, columns: ["a", "b", "c"])
        #expect(table.rows.map(\.cells) == [[" \tx y\t ", " \"q\" ", "\u{A0}é\u{A0}"], ["", "", ""]])
        for row in table.rows {
            for name in ["a", "b", "c", "d"] {
                #expect(try row.value(table.column(name), required: false) == row.value(name, required: false))
                #expect(try row.value(table.column(name), required: false)
                    == ASCIIFastPath.trimmingWhitespaces(row.cell(name) ?? ""))
            }
        }
        #expect(try table.rows[0].value(table.column("a")) == "x y")
        #expect(try table.rows[0].value(table.column("b")) == "\"q\"")
        #expect(try table.rows[0].value(table.column("c")) == "é")
        #expect(throws: InputError.self) { try table.rows[1].value(table.column("b")) }
        #expect(throws: InputError.self) { try table.rows[0].value(table.column("d")) }
        // The last line, a record of one empty cell after a CRLF, is no row.
        #expect(table.rows.map(\.location.line) == [2, 3])
    }

    /// `value(_:is:)` is `value(_:required: false) ==`, whatever the bytes: blanks, quotes, a
    /// decomposed letter, a no-break space, an absent column.
    @Test func aValueComparedOnItsBytesIsTheValueCompared() throws {
        let text = "a,b,c\n é ,\"x\"\"y\",e\u{301}\n\u{A0}é,\" \",\"\"\n"
        let table = try table(text, columns: ["a", "b", "c"])
        let texts = ["é", "e\u{301}", " é ", "\u{A0}é", "x\"y", "x\"\"y", "", " ", "e"]
        for row in table.rows {
            for name in ["a", "b", "c", "d"] {
                for candidate in texts {
                    #expect(row.value(table.column(name), is: candidate) == (try row.value(name, required: false) == candidate),
                            "\(name) \(candidate.debugDescription) on line \(row.location.line)")
                }
            }
        }
        #expect(table.rows[0].value(table.column("a"), is: "e\u{301}"))
        #expect(table.rows[1].value(table.column("d"), is: ""))
    }

    @Test func aShortOrLongRowIsNamed() throws {
        #expect(try failure("a,b\n1,2\n\"x,\"\n") == "t.csv:3: has 1 fields where the header has 2")
        #expect(try failure("a,b\n1,2,\n") == "t.csv:2: has 3 fields where the header has 2")
        #expect(try failure("a,b\n1,2\n\n\n1,\"\n\"\n3\n") == "t.csv:7: has 1 fields where the header has 2")
    }

    @Test func brokenQuotingNamesTheLine() throws {
        #expect(try failure("a\nok\n\"never closed\nstill\n") == "t.csv:3: is not valid CSV: a quoted field is never closed")
        #expect(try failure("a\n\"closed\"then text\n") == "t.csv:2: is not valid CSV: text follows a closing quote")
        #expect(try failure("a,b\n1,2\n3\n") == "t.csv:3: has 1 fields where the header has 2")
        #expect(try failure("b\n1\n") == "t.csv:1: lacks the column 'a' (header: b)")
        #expect(try failure("") == "t.csv:1: is not CSV: it has no header row")
    }

    @Test func cellsAgreeWithCSVSwiftOnRandomTables() throws {
        var rng = SeededGenerator(seed: 14)
        let pieces = ["a", "Bergen (L.)", "é", ",", "\"", "\n", "\r\n", " ", "'s-Hertogenbosch", "𝄞", ""]
        for _ in 0..<200 {
            let width = Int.random(in: 1...4, using: &rng)
            let records = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                (0..<width).map { _ in (0..<Int.random(in: 0...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
            }
            // Quote every cell that needs it; a record of one empty cell would be a blank line.
            func field(_ cell: String) -> String {
                cell.contains(where: { ",\"\r\n".contains($0) }) || cell.isEmpty ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }
            let text = (["h" + (1..<width).map { ",h\($0)" }.joined()] + records.map { $0.map(field).joined(separator: ",") })
                .joined(separator: Bool.random(using: &rng) ? "\n" : "\r\n")
            let read = try CSVRecords(Array(text.utf8), file: "t.csv")
            let ours = read.records.map { $0.cells.map(read.string(ofCell:)) }
            let reader = try CSVReader(string: text, hasHeaderRow: false)
            var theirs: [[String]] = []
            while let row = reader.next() { theirs.append(row) }
            #expect(ours == theirs, "\(text.debugDescription)")
        }
    }

    /// Two cells are written alike when they hold the same bytes and both or neither double quotes:
    /// then their readings agree (the converse is not asked: ` x` and `x` read alike, but differ).
    @Test func cellsWrittenAlikeReadAlike() throws {
        let text = "a,b\nx,\"x\"\n\"a\"\"b\",a\"\"b\n x,x\n\"\",\n\"a\"\"b\",\"a\"\"b\"\n"
        let records = try CSVRecords(Array(text.utf8), file: "t.csv")
        let pairs = records.records.dropFirst().map { ($0.cells.lowerBound, $0.cells.lowerBound + 1) }
        #expect(pairs.map { records.cell($0.0, isWrittenAs: $0.1) } == [true, false, false, true, true])
        for position in records.cells.indices {
            for other in records.cells.indices where records.cell(position, isWrittenAs: other) {
                #expect(records.string(ofCell: position) == records.string(ofCell: other))
                #expect(records.trimmedString(ofCell: position) == records.trimmedString(ofCell: other))
            }
        }
    }
}
