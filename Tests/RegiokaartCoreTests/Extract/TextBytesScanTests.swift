import Foundation
import Testing
@testable import RegiokaartCore

/// The word-at-a-time scans over a document's bytes must find what a scan byte by byte finds, for
/// every position of the byte that matters relative to the 8-byte words.
@Suite struct TextBytesScanTests {
    /// `UTF8Validation.firstInvalid` as it scanned one byte at a time.
    static func referenceFirstInvalid(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            if i + length > bytes.count { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                scalar = (scalar << 6) | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
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
