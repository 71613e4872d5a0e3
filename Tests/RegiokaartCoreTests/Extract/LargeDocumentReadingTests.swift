import Foundation
import Testing
@testable import RegiokaartCore

/// A large text file is checked for UTF-8 and split into lines on two cores, its lines found with
/// `memchr` when it holds no CR, and read from disk straight into storage of its size: each must
/// give exactly what the one-core, byte-by-byte reading gives, lines and errors alike.
@Suite struct LargeDocumentReadingTests {
    /// `text` repeated until it is past the size that is read on two cores.
    static func large(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        let copies = TextDocumentReader.parallelBytes / max(bytes.count, 1) + 2
        return Array([[UInt8]](repeating: bytes, count: copies).joined())
    }

    static let publication = RenderingVariantTests.publicationText

    /// Large texts: the publication as it is, with CRLF and with lone CR line ends, with blank
    /// lines doubled, and the hostile line-end texts of `SourceLinesTests` repeated.
    static let texts: [String] = [
        publication, publication.replacingOccurrences(of: "\n", with: "\r\n"),
        publication.replacingOccurrences(of: "\n", with: "\r"), "no line end at all", "\n", "a\r\nb\rc\nd",
        "a\n\r\nb", " \u{00A0}Súdwest-Fryslân \r\n\tDen  Haag\u{202F}\n", "één\ntwee\r\ndrie\n\n",
    ]

    @Test func largeDocumentsSplitAsOneStringPerLine() throws {
        for (n, text) in Self.texts.enumerated() {
            for bytes in n.isMultiple(of: 2) ? [Self.large(text)] : [[0xEF, 0xBB, 0xBF] + Self.large(text)] {
                let document = try TextDocumentReader.read(bytes, name: "t.txt")
                let expected = SourceLinesTests.referenceLines(bytes)
                #expect(document.lines.count == expected.count, "\(text.prefix(40).debugDescription)")
                #expect(Array(document.lines) == expected, "\(text.prefix(40).debugDescription)")
            }
        }
    }

    /// The two ways of finding lines agree on every text without a CR (with one, only the general way applies).
    @Test func lineFeedsMatchAnyLineEnds() {
        for text in Self.texts + SourceLinesTests.hostile where !text.contains("\r") && !text.contains("\r\n") {
            for start in [0, 1] {
                let bytes = Array(text.utf8)
                guard start <= bytes.count else { continue }
                let fast = bytes.withUnsafeBufferPointer { TextDocumentReader.lineFeeds($0, from: start) }
                let general = bytes.withUnsafeBufferPointer { TextDocumentReader.anyLineEnds($0, from: start) }
                #expect(fast.count == general.count, "\(text.prefix(40).debugDescription)")
                #expect(fast.checkpoints == general.checkpoints, "\(text.prefix(40).debugDescription)")
            }
        }
    }

    /// A bad byte anywhere in a large file is named by its offset, as the one-pass check names it;
    /// a NUL byte after it does not come first, one before it does not either (the encoding decides first).
    @Test func aBadByteInALargeFileIsNamedExactly() {
        let base = Self.large(Self.publication)
        for offset in [0, 1, base.count / 2, base.count - 1] {
            for damage: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xE2, 0x80]] {
                var bytes = base
                bytes.replaceSubrange(offset..<(offset + 1), with: damage)
                let expected = UTF8Validation.firstInvalid(bytes, from: 0)
                #expect(expected != nil)
                #expect(throws: InputError(.encoding, file: "t.txt", "is not valid UTF-8 at byte offset \(expected ?? -1)")) {
                    try TextDocumentReader.read(bytes, name: "t.txt")
                }
                bytes[base.count / 3] = 0
                bytes[bytes.count - 2] = 0
                let withNul = UTF8Validation.firstInvalid(bytes, from: 0)
                #expect(throws: InputError(.encoding, file: "t.txt", "is not valid UTF-8 at byte offset \(withNul ?? -1)")) {
                    try TextDocumentReader.read(bytes, name: "t.txt")
                }
            }
        }
        var withNul = base
        withNul[base.count - 5] = 0
        #expect(throws: InputError(.encoding, file: "t.txt",
                                   "holds a NUL byte at byte offset \(base.count - 5): it is binary (or UTF-16), not UTF-8 text")) {
            try TextDocumentReader.read(withNul, name: "t.txt")
        }
    }

    /// Read from disk: exactly the file's bytes, stored at their size.
    @Test func fileBytesAreTheFileAtItsSize() throws {
        let bytes = try FileBytes.read(path: Fixture.publicationPath, displayName: "p")
        let expected = try Data(contentsOf: URL(fileURLWithPath: Fixture.publicationPath))
        #expect(bytes == Array(expected))
        #expect(bytes.capacity < bytes.count + 64)
    }

    /// A file whose size says nothing (a /proc file reports 0) is read to its end in chunks.
    @Test func aFileLongerThanItsSizeIsReadToTheEnd() throws {
        let path = "/proc/self/cmdline"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let bytes = try FileBytes.read(path: path, displayName: "cmdline")
        let expected = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(!bytes.isEmpty)
        #expect(bytes == Array(expected))
    }

    /// A device that never ends is cut off at the limit.
    @Test func aDeviceThatNeverEndsIsCutOff() {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
        #expect(throws: InputError(.tooLarge, file: "zero", "is larger than 1 MB, the most regiokaart reads; is it the right file?")) {
            try FileBytes.read(path: "/dev/zero", displayName: "zero", limit: 1 << 20)
        }
    }
}
