import Foundation
import Testing
@testable import RegiokaartCore

/// `SourceLines.forEachLine` (line ends found with `memchr`/`ByteFinder`) must walk exactly the lines
/// `forEachByteRange` (byte by byte) walks, and `CardLines` built on it must hold exactly the
/// non-blank lines, trimmed as Foundation trims them, that one `String` per line gives.
@Suite struct SourceLinesScanTests {
    static var hostile: [[UInt8]] {
        let texts = SourceLinesTests.hostile + [
            "a\r", "\r", "x\ry\r\n\rz", "no trailing newline", "\t\t\n \n\u{00A0}\n", "a\n\u{00A0}b\u{00A0}\r\n\tc\t",
            "\n\n\nab\n\n\ncd\n\n", "\n", "\n\r\n\n",
            String(repeating: "é", count: 70_000) + "\nkort\r\n" + String(repeating: " ", count: 40) + "x",
            (1...40).map { $0 % 3 == 0 ? "\r\n" : ($0 % 3 == 1 ? "regel \($0)\r" : "  \($0)\t\n") }.joined(),
        ]
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var all: [[UInt8]] = texts.flatMap { text -> [[UInt8]] in [Array(text.utf8), bom + Array(text.utf8)] }
        let notUTF8: [UInt8] = [0x61, 0xFF, 0x0A, 0x62, 0xC3, 0x0D, 0x0A, 0x80]  // not UTF-8: the scan does not care
        all.append(notUTF8)
        all.append([])
        return all
    }

    /// The lines as `forEachByteRange` walks them.
    static func byteByByte(_ lines: SourceLines) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        lines.forEachByteRange { position, range in
            #expect(position == ranges.count)
            ranges.append(range)
        }
        return ranges
    }

    static func scanned(_ lines: SourceLines) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        lines.forEachLine { position, range in
            #expect(position == ranges.count)
            ranges.append(range)
        }
        return ranges
    }

    /// A text document's lines, stored as the reader stores them, without the reader's UTF-8 check.
    static func lines(_ bytes: [UInt8]) -> SourceLines {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let found = TextDocumentReader.lines(of: bytes, from: start)
        return SourceLines(bytes: bytes, lineCount: found.count, checkpoints: found.checkpoints, numbers: nil)
    }

    @Test func scanWalksTheLinesTheByteLoopWalks() throws {
        for bytes in Self.hostile {
            let lines = Self.lines(bytes)
            #expect(Self.scanned(lines) == Self.byteByByte(lines), "\(bytes.prefix(40))")
        }
        let real = try FileBytes.read(path: Fixture.publicationPath, displayName: "p")
        let lines = Self.lines(real)
        #expect(Self.scanned(lines) == Self.byteByByte(lines))
        #expect(Self.scanned(lines).count == 3882)
        // Lines packed from `SourceLine`s (the HTML reader's), with and without line ends inside.
        for packed in [SourceLines([SourceLine("a", number: 1), SourceLine("b\r\nc", number: 2), SourceLine("", number: 3)]),
                       SourceLines([SourceLine(" a ", number: 4), SourceLine("", number: 9)])] {
            #expect(Self.scanned(packed) == Self.byteByByte(packed))
        }
    }

    @Test func cardLinesAreTheTrimmedNonBlankLines() throws {
        var documents = try Self.hostile.compactMap { bytes -> SourceDocument? in
            guard UTF8Validation.firstInvalid(bytes, from: 0) == nil, !bytes.contains(0) else { return nil }
            return try TextDocumentReader.read(bytes, name: "t.txt")
        }
        documents.append(Fixture.publication)
        for document in documents {
            let lines = CardLines(document) { _, length in length > 65_536 }
            let expected = CardLinesOracle.lines(of: document)
            #expect(lines.count == expected.count)
            for (k, (text, number)) in expected.enumerated() where k < lines.count {
                #expect(lines.text(k) == text)
                #expect(lines.location(k).line == number)
            }
        }
    }
}
