import Foundation
import Testing
@testable import RegiokaartCore

/// The word-at-a-time scans over a document's bytes must find what a scan byte by byte finds, for
/// every position of the byte that matters relative to the 8-byte words.
@Suite struct TextBytesScanTests {
    /// Where the standard library's UTF-8 parser first fails in `bytes` (nil: valid throughout).
    static func referenceFirstInvalid(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test func invalidUTF8IsFoundAtEveryOffset() {
        let pieces: [[UInt8]] = [[0xFF], [0xC3], [0xC3, 0xAB], [0xE2, 0x80, 0x99], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0x80],
                                 [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]]
        for length in 0..<20 {
            for position in 0...length {
                for piece in pieces {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes.insert(contentsOf: piece, at: position)
                    #expect(UTF8Validation.firstInvalid(bytes, from: 0) == Self.referenceFirstInvalid(bytes), "\(bytes)")
                    #expect((UTF8Validation.firstInvalid(bytes, from: 0) == nil) == (String(validating: bytes, as: UTF8.self) != nil))
                }
            }
        }
    }

    @Test func lineEndsAreFoundAtEveryOffset() throws {
        for length in 0..<20 {
            for position in 0...length {
                for end in ["\n", "\r", "\r\n", "\n\n", "\r\r\n"] {
                    var text = String(repeating: "x", count: length)
                    text.insert(contentsOf: end, at: text.index(text.startIndex, offsetBy: position))
                    text += "\nlaatste regel"
                    let document = try TextDocumentReader.read(Array(text.utf8), name: "t.txt")
                    // The reference: split on CRLF, CR or LF (one line end each), no line after a final end.
                    var expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    if expected.last == "" { expected.removeLast() }
                    #expect(document.lines.map(\.text) == expected, "\(text.debugDescription)")
                    #expect(document.lines.map(\.number) == Array(1...expected.count))
                }
            }
        }
    }
}
