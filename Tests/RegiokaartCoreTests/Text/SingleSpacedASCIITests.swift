import Testing
@testable import RegiokaartCore

/// The eight-bytes-at-a-time test must answer as the byte-by-byte reading it stands for.
@Suite struct SingleSpacedASCIITests {
    /// What `SingleSpacedASCII.test` means, one byte at a time.
    static func reference(_ bytes: [UInt8], _ first: ClosedRange<UInt8>, _ second: ClosedRange<UInt8>) -> Bool {
        for (i, byte) in bytes.enumerated() {
            if byte >= 0x80 || first.contains(byte) || second.contains(byte) { return false }
            if byte == 0x20, i > 0, bytes[i - 1] == 0x20 { return false }
        }
        return true
    }

    static func test(_ bytes: [UInt8], _ first: ClosedRange<UInt8>, _ second: ClosedRange<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { SingleSpacedASCII.test($0, rejecting: first, second) }
    }

    /// Generated runs of 0-40 bytes, mostly letters and single spaces, with a space pair, a
    /// rejected byte or a non-ASCII byte at any place (across and inside words of eight bytes).
    @Test func generatedRunsAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        let ranges: [(ClosedRange<UInt8>, ClosedRange<UInt8>)] = [(0x09...0x0D, 0x2A...0x2A), (0x09...0x0D, 0x30...0x3A),
                                                                   (0x00...0x1F, 0x7F...0x7F), (0x41...0x41, 0x7A...0x7A)]
        var passed = 0, failed = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...40, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
            for _ in 0..<Int.random(in: 0...3, using: &generator) where count > 0 {
                let i = Int.random(in: 0..<count, using: &generator)
                switch Int.random(in: 0...3, using: &generator) {
                case 0: bytes[i] = 0x20
                case 1: bytes[i] = 0x20; if i + 1 < count { bytes[i + 1] = 0x20 }
                case 2: bytes[i] = UInt8.random(in: 0...0x7F, using: &generator)
                default: bytes[i] = UInt8.random(in: 0x80...0xFF, using: &generator)
                }
            }
            for (first, second) in ranges {
                let expected = Self.reference(bytes, first, second)
                #expect(Self.test(bytes, first, second) == expected, "\(bytes) \(first) \(second)")
                if expected { passed += 1 } else { failed += 1 }
            }
        }
        #expect(passed > 10_000 && failed > 10_000)
    }

    @Test func boundaries() {
        let letters = Array("abcdefgh".utf8)
        #expect(Self.test(letters + [0x20, 0x20], 0x09...0x0D, 0x2A...0x2A) == false)  // a pair in the overlapping tail
        #expect(Self.test(Array("abcdefg".utf8) + [0x20, 0x20] + letters, 0x09...0x0D, 0x2A...0x2A) == false)  // across two words
        #expect(Self.test(Array("abcdefg h".utf8), 0x09...0x0D, 0x2A...0x2A))
        #expect(Self.test(letters + [0x2A], 0x09...0x0D, 0x2A...0x2A) == false)
        #expect(Self.test(letters + [0x2B], 0x09...0x0D, 0x2A...0x2A))
        #expect(Self.test(letters + [0x3A], 0x09...0x0D, 0x30...0x3A) == false)
        #expect(Self.test(letters + [0x3B, 0x2F], 0x09...0x0D, 0x30...0x3A))
        #expect(Self.test(letters + [0xC3, 0xA9], 0x09...0x0D, 0x30...0x3A) == false)
        #expect(Self.test([], 0x09...0x0D, 0x30...0x3A))
    }
}
