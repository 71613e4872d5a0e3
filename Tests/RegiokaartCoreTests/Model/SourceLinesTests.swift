import Foundation
import Testing
@testable import RegiokaartCore

/// The compact line storage must read exactly as the `[SourceLine]` it replaced: every line's text
/// and number, whatever the line ends, and the same through every way of building it.
@Suite struct SourceLinesTests {
    /// What the text reader produced before the lines were stored compactly: a `String` per line.
    /// The lines of `bytes`, each read without its invisible characters (the reader keeps its
    /// printing beside it: `printings`).
    static func referenceLines(_ bytes: [UInt8]) -> [SourceLine] {
        referenceLinesAsPrinted(bytes).map { SourceLine(InvisibleCharacters.removed(from: $0.text) ?? $0.text, number: $0.number) }
    }

    /// The lines of `bytes` as printed, and the printings the reader must keep: those of the lines holding invisible characters.
    static func referencePrintings(_ bytes: [UInt8]) -> [Int: String] {
        var printings: [Int: String] = [:]
        for (i, line) in referenceLinesAsPrinted(bytes).enumerated() where InvisibleCharacters.removed(from: line.text) != nil { printings[i] = line.text }
        return printings
    }

    static func referenceLinesAsPrinted(_ bytes: [UInt8]) -> [SourceLine] {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lines: [SourceLine] = []
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x0A || bytes[i] == 0x0D {
                lines.append(SourceLine(String(decoding: bytes[start..<i], as: UTF8.self), number: lines.count + 1))
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { lines.append(SourceLine(String(decoding: bytes[start...], as: UTF8.self), number: lines.count + 1)) }
        return lines
    }

    static let hostile: [String] = [
        "", "\n", "\r", "\r\n", "\n\n", "\r\r\n\n", "a", "a\n", "a\r", "a\r\n", "\na", "\r\na",
        "a\r\nb\rc\nd", "a\n\r\nb", "a\r\r\nb", " \u{00A0}Súdwest-Fryslân \r\n\tDen  Haag\u{202F}\n",
        "\u{FEFF}BOM in the middle\nx", "a\u{200B}b\r\n\u{00AD}\n\u{2060}é–\u{200D}\rx\u{200C}", "één\ntwee\r\ndrie", String(repeating: "lange regel ", count: 500) + "\nkort",
        (1...30).map { String(repeating: "x", count: $0 % 4) }.joined(separator: "\r\n"),
        (1...30).map { "r\($0)" }.joined(separator: "\r") + "\r", (1...17).map { _ in "\n" }.joined(),
    ]

    @Test func textReaderMatchesOneStringPerLine() throws {
        for text in Self.hostile {
            for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
                let document = try TextDocumentReader.read(bytes, name: "t.txt")
                let expected = Self.referenceLines(bytes)
                #expect(Array(document.lines) == expected, "\(text.debugDescription)")
                #expect(document.lines.count == expected.count)
                for (i, line) in expected.enumerated() {
                    #expect(document.lines[i] == line)
                }
                #expect(document.lines.map(\.text) == expected.map(\.text))
                #expect(document.lines.printings == Self.referencePrintings(bytes), "\(text.debugDescription)")
            }
        }
    }

    @Test func realPublicationReadsAsBefore() throws {
        let bytes = try FileBytes.read(path: Fixture.publicationPath, displayName: "p")
        let document = try TextDocumentReader.read(bytes, name: "p")
        let expected = Self.referenceLines(bytes)
        #expect(Array(document.lines) == expected)
        // Random access from every checkpoint offset, and backwards.
        for i in stride(from: expected.count - 1, through: 0, by: -3) { #expect(document.lines[i] == expected[i]) }
        #expect(document.lines.map(\.number) == Array(1...expected.count))
        #expect(document.lines.indices.map(document.lines.byteRange).allSatisfy { $0.count >= 0 })
        var walked = 0
        document.lines.forEachByteRange { position, range in
            #expect(range == document.lines.byteRange(at: position))
            walked += 1
        }
        #expect(walked == expected.count)
        #expect(document.lines.count == 3882)  // 3881 line ends and a last line without one
    }

    @Test func packedLinesKeepTextsAndNumbers() {
        let lines = [SourceLine("a", number: 3), SourceLine("", number: 3), SourceLine("b\nc\r", number: 9),
                     SourceLine("\r\nd", number: 10), SourceLine("é", number: 0)]
        let document = SourceDocument(name: "x", lines: lines)
        #expect(Array(document.lines) == lines)
        #expect(document.lines.last == lines.last)
        let sequential = [SourceLine("x", number: 1), SourceLine("\ny", number: 2)]
        #expect(Array(SourceLines(sequential)) == sequential)
        let many = (1...50).map { SourceLine($0 % 5 == 0 ? "" : "regel \($0)", number: $0 * 2) }
        let stored = SourceLines(many)
        #expect(Array(stored) == many)
        #expect(stored.indices.map { stored[$0] } == many)
        let withBreaks = (1...20).map { SourceLine($0 % 3 == 0 ? "a\r\nb" : "c\rd\n", number: $0) }
        #expect(Array(SourceLines(withBreaks)) == withBreaks)
        #expect(SourceLines(withBreaks).indices.map { SourceLines(withBreaks)[$0] } == withBreaks)
        #expect(SourceDocument(name: "e", lines: []).lines.isEmpty)
    }

    @Test func equalLinesAreEqualHoweverStored() throws {
        let text = "a\r\nb\n\nc"
        let read = try TextDocumentReader.read(Array(text.utf8), name: "t.txt").lines
        let packed = SourceLines(Self.referenceLines(Array(text.utf8)))
        #expect(read == packed)
        #expect(read.hashValue == packed.hashValue)
        #expect(read != SourceLines([SourceLine("a", number: 1)]))
    }

    @Test func cardLinesTrimLikeFoundation() throws {
        let texts = ["  a  ", "\tb\t", "\u{00A0}c\u{00A0}", " \u{2003}d e\u{2009} ", "\u{00A0}", " \t ", "",
                     "f\u{0301} ", " \u{0301}g", "Súdwest-Fryslân", "\u{200B}h\u{200B}", "\u{3000}i", "j\u{202F}"]
        let document = SourceDocument(name: "t.txt", lines: texts.enumerated().map { SourceLine($1, number: $0 + 1) })
        let lines = CardLines(document) { _, _ in false }
        let expected = texts.enumerated().compactMap { n, text -> (String, Int)? in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : (trimmed, n + 1)
        }
        #expect(lines.count == expected.count)
        for (k, (text, number)) in expected.enumerated() {
            #expect(lines.text(k) == text)
            #expect(lines.length(k) == text.utf8.count)
            #expect(lines.withBytes(k) { Array($0) } == Array(text.utf8))
            #expect(lines.location(k) == SourceLocation(file: "t.txt", line: number))
        }
    }

    @Test func cardLinesLeaveOutWhatTheyAreToldToSkip() {
        let document = Fixture.document("a\nbb\n\nccc\nd")
        let lines = CardLines(document) { _, length in length == 2 || length == 3 }
        #expect((0..<lines.count).map(lines.text) == ["a", "d"])
        #expect((0..<lines.count).map { lines.location($0).line } == [1, 5])
    }

    @Test func byteTestsAnswerLikeTheirStringCounterparts() {
        let texts = ["Aantal", "AANTAL leerlingen", "aangesloten", "Aangesloten opleiders", "Aantal\u{0301}", "Aanta",
                     "\u{212A}antal", "Kantal", "aantaL", "İaantal", "42", "+7", "-3", "1.000", " 4", "٣", "99999999999999999999",
                     "4 onderwijsregio's", "49", "Onderwijsregio's", "x"]
        let document = SourceDocument(name: "t.txt", lines: texts.enumerated().map { SourceLine($1, number: $0 + 1) })
        let lines = CardLines(document) { _, _ in false }
        let extractor = PublicationExtractor()
        for k in 0..<lines.count {
            let text = lines.text(k)
            #expect(extractor.isLabelStart(lines, k) == extractor.isLabelStart(text), "\(text)")
            #expect(extractor.isInteger(lines, k) == (Int(text) != nil), "\(text)")
        }
    }

    @Test func extractionIsTheSameFromPackedLines() throws {
        let document = Fixture.publication
        let packed = SourceDocument(name: document.name, lines: Array(document.lines))
        let a = PublicationExtractor().extract(document)
        let b = PublicationExtractor().extract(packed)
        #expect(a.regions.count == 49)
        #expect(a.regions.map(\.nameLines) == b.regions.map(\.nameLines))
        #expect(a.regions.map(\.area) == b.regions.map(\.area))
        #expect(a.countClaims == b.countClaims)
        #expect(a.issues.issues() == b.issues.issues())
    }
}
