import Foundation
import Testing
@testable import RegiokaartCore

/// A field that repeats its column's previous text is copied rather than rendered again
/// (`CSVWriter.field(_:column:)`), a source in the document's file is copied up to its line
/// (`SourceLocationJSON`): the bytes must be what rendering each gives.
@Suite struct RepeatedFieldTests {
    /// Hostile texts, each also as an equal text in other storage (a copy, a bridged string).
    static let texts = CSVWriterFieldTests.fields + ["same", "same", String("same".reversed().reversed()), "=same", "same;", "same,"]

    /// Rows of three columns whose texts repeat, change, come back and are absent (nil) in turns.
    static func rows() -> [[String?]] {
        var rows: [[String?]] = []
        for (n, text) in texts.enumerated() {
            let copy = NSString(string: text + "").appending("")
            rows.append([text, n % 3 == 0 ? nil : text, "a"])
            rows.append([copy, text, n % 4 == 0 ? nil : "a"])  // equal text in other storage: copied
            rows.append([text, copy, texts[(n * 7) % texts.count]])
            rows.append([texts[(n + 1) % texts.count], nil, text])
        }
        return rows
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func aRepeatedFieldIsTheFieldWritten(dialect: CSVDialect) {
        var byColumn = CSVWriter(dialect: dialect, header: ["a", "b", "c"])
        var plain = CSVWriter(dialect: dialect, header: ["a", "b", "c"])
        for row in Self.rows() {
            for (column, text) in row.enumerated() {
                if let text { byColumn.field(text, column: column) } else { byColumn.emptyField() }
            }
            byColumn.endRecord()
            plain.write(row.map { $0 ?? "" })
        }
        #expect(byColumn.bytes == plain.bytes)
        #expect(byColumn.bytes == CSVWriterFieldTests.reference([["a", "b", "c"]] + Self.rows().map { $0.map { $0 ?? "" } }, dialect: dialect))
    }

    /// Sources at every nesting level, with hostile file names that repeat, change and come back,
    /// and lines of every size, against `JSONEncoder` on the same nesting.
    @Test func sourcesAreWhatTheEncoderWrites() throws {
        let files = ["a.txt", "a.txt", "dir/b \"c\"\n\\", "a.txt", String("a.txt".reversed().reversed()), "", "é\u{1}/\u{7F}", "\u{1F}\t"]
        let lines = [0, 1, 9, 10, 99, 100, 12_345, Int.max, -1, Int.min]
        let sources = files.enumerated().flatMap { n, file in
            [RegiokaartCore.SourceLocation(file: file, line: lines[n % lines.count]), RegiokaartCore.SourceLocation(file: file, line: lines[(n + 3) % lines.count])]
        }
        let sink = ByteSink()
        // "a.txt" rendered up front for levels 0-2 (the sources below sit at levels 2, 3 and 4).
        let json = SourceLocationJSON(file: "a.txt", levels: 3)
        // The same sources at levels 1, 2 and 3: [sources, [sources], [[sources]]].
        sink.write(UInt8(ascii: "["))
        for depth in 0..<3 {
            sink.writeJSONBreak(after: depth == 0 ? 0 : UInt8(ascii: ","), level: 1)
            writeNested(depth, level: 1, into: sink) { level in
                PrettyJSONObject.array(sources, in: sink, level: level) { source, level in json.write(source, level: level, into: sink) }
            }
        }
        sink.writeJSONBreak(after: 0, level: 0)
        sink.write(UInt8(ascii: "]"))
        let document = try JSONEncoder.output().encode(Nested.list([.sources(sources), .list([.sources(sources)]),
                                                                    .list([.list([.sources(sources)])])]))
        #expect(String(decoding: sink.bytes, as: UTF8.self) == String(decoding: document, as: UTF8.self))
    }

    /// Writes `depth` arrays of one element around what `inner` writes at the innermost level.
    private func writeNested(_ depth: Int, level: Int, into sink: ByteSink, _ inner: (Int) -> Void) {
        guard depth > 0 else { return inner(level) }
        PrettyJSONObject.array([depth], in: sink, level: level) { _, level in writeNested(depth - 1, level: level, into: sink, inner) }
    }

    private enum Nested: Encodable {
        case sources([RegiokaartCore.SourceLocation])
        indirect case list([Nested])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .sources(let sources): try container.encode(sources)
            case .list(let items): try container.encode(items)
            }
        }
    }
}
