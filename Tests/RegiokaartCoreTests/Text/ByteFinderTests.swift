import Testing
@testable import RegiokaartCore

/// `ByteFinder` must find exactly the first sought byte, as a plain loop does, at every length,
/// offset and start (the window tests and their overlapping last windows are where it could go wrong).
@Suite struct ByteFinderTests {
    /// The first index at or after `start` whose byte is in `bytes` or below `below`, by a plain loop.
    static func reference(_ text: [UInt8], from start: Int, bytes: Set<UInt8>, below: UInt8) -> Int? {
        (start..<max(start, text.count)).first { bytes.contains(text[$0]) || text[$0] < below }
    }

    static let finders: [(ByteFinder, Set<UInt8>, UInt8)] = [
        (ByteFinder([0x2C, 0x22, 0x0A, 0x0D]), [0x2C, 0x22, 0x0A, 0x0D], 0),  // RFC 4180 CSV
        (ByteFinder([0x3B, 0x22, 0x0A, 0x0D]), [0x3B, 0x22, 0x0A, 0x0D], 0),  // excel-nl CSV
        (ByteFinder([0x22, 0x5C], below: 0x20), [0x22, 0x5C], 0x20),  // JSON strings
        (ByteFinder([0x7F]), [0x7F], 0),
    ]

    /// Bytes next to the sought ones (one more, one less: where borrows and carries would leak),
    /// zero, high bytes and multi-byte UTF-8.
    static let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x2B, 0x2C, 0x2D,
                                    0x3A, 0x3B, 0x3C, 0x41, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xA2, 0xC3, 0xE2, 0xFF]

    @Test func findsTheFirstSoughtByteAsAPlainLoopDoes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(truncatingIfNeeded: state >> 1)
        }
        for _ in 0..<4000 {
            let length = next() % 70
            // Mostly plain letters, so that matches are sparse and sit anywhere in a word.
            let text: [UInt8] = (0..<length).map { _ in next() % 4 == 0 ? Self.alphabet[next() % Self.alphabet.count] : UInt8(0x61 + next() % 26) }
            for (finder, bytes, below) in Self.finders {
                for start in 0...length {
                    let found = text.withUnsafeBufferPointer { finder.firstIndex(in: $0, from: start) }
                    #expect(found == Self.reference(text, from: start, bytes: bytes, below: below), "\(text) from \(start)")
                }
            }
        }
    }

    @Test func matchesEachByteAsThePlainRuleDoes() {
        for (finder, bytes, below) in Self.finders {
            for byte in UInt8.min...UInt8.max {
                #expect(finder.matches(byte) == (bytes.contains(byte) || byte < below), "\(byte)")
                let text = [UInt8](repeating: 0x61, count: 9) + [byte] + [UInt8](repeating: 0x61, count: 3)
                let found = text.withUnsafeBufferPointer { finder.firstIndex(in: $0) }
                #expect(found == (finder.matches(byte) ? 9 : nil))
            }
        }
    }

    @Test func emptyAndOutOfRangeStartsFindNothing() {
        let empty: [UInt8] = []
        #expect(empty.withUnsafeBufferPointer { Self.finders[0].0.firstIndex(in: $0) } == nil)
        let text = Array("a,b".utf8)
        #expect(text.withUnsafeBufferPointer { Self.finders[0].0.firstIndex(in: $0, from: 3) } == nil)
        #expect(text.withUnsafeBufferPointer { Self.finders[0].0.firstIndex(in: $0, from: 2) } == nil)
        #expect(text.withUnsafeBufferPointer { Self.finders[0].0.firstIndex(in: $0, from: 1) } == 1)
    }
}
