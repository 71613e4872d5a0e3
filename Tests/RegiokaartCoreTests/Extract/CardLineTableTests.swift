import Foundation
import Testing
@testable import RegiokaartCore

/// `CardLineTable` stores each line's position as gaps from a checkpoint and its length in two
/// bytes, with the rare large ones beside: every line must come back where it was appended.
@Suite struct CardLineTableTests {
    /// Positions, starts and ends around every edge: gaps of 0, 254, 255, 256 and many thousands,
    /// lengths of 0, 65 534, 65 535 and 65 536, over several checkpoints.
    static var rows: [(position: Int, start: Int, end: Int)] {
        let gaps = [3, 0, 0, 254, 255, 256, 1, 70_000, 0, 300] + Array(repeating: 1, count: 40) + [255, 0, 100_000]
        let lengths = [0, 1, 65_534, 65_535, 65_536, 200_000, 7]
        var rows: [(Int, Int, Int)] = []
        var position = -1, start = 0
        for (n, gap) in gaps.enumerated() {
            position += gap + 1
            let length = lengths[n % lengths.count]
            rows.append((position, start, start + length))
            start += length + n % 5
        }
        return rows
    }

    @Test func everyLineComesBackAsAppended() {
        let rows = Self.rows
        var builder = CardLineTable.Builder(capacity: rows.count)
        for row in rows { builder.append(position: row.position, start: row.start, end: row.end) }
        let table = CardLineTable(builder)
        #expect(table.count == rows.count)
        for (k, row) in rows.enumerated() {
            #expect(table.position(k) == row.position, "line \(k)")
            #expect(table.start(k) == row.start, "line \(k)")
            #expect(table.end(k) == row.end, "line \(k)")
            #expect(table.length(k) == row.end - row.start, "line \(k)")
        }
    }

    /// A document with long runs of blank lines and lines of the longest lengths kept: `CardLines`
    /// gives each line's text and number as one `String` per line does.
    @Test func cardLinesKeepLineNumbersOverLongGapsAndLongLines() throws {
        var text = ""
        for n in 0..<60 {
            text += String(repeating: "\n", count: [0, 254, 255, 256, 1000][n % 5])
            text += n % 7 == 3 ? String(repeating: "x", count: 65_535 + n % 3) : "  regel \(n)\t"
            text += "\n"
        }
        let document = try TextDocumentReader.read(Array(text.utf8), name: "t.txt")
        let lines = CardLines(document) { _, length in length > 65_536 }
        let expected = CardLinesOracle.lines(of: document)
        #expect(lines.count == expected.count)
        for (k, (text, number)) in expected.enumerated() where k < lines.count {
            #expect(lines.text(k) == text)
            #expect(lines.length(k) == text.utf8.count)
            #expect(lines.location(k).line == number)
        }
    }
}
