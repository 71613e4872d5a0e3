/// Whether a run of bytes is ASCII words with single spaces between them and none of two ranges
/// of bytes in it, tested eight bytes at a time: the test every list item and label line of a card
/// passes before it becomes a string (a byte-at-a-time loop cost 7-9 instructions a byte).
enum SingleSpacedASCII {
    /// True when every byte of `bytes` is ASCII, in neither `first` nor `second`, and no two spaces
    /// stand side by side. (Spaces at the ends are the caller's to rule out.)
    @inline(__always)
    static func test(_ bytes: UnsafeBufferPointer<UInt8>, rejecting first: ClosedRange<UInt8>,
                     _ second: ClosedRange<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 8, let base = bytes.baseAddress else { return testBytes(bytes, first, second) }
        var i = 0, previousSpace: UInt64 = 0
        while i + 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if !test(word, first, second, previousSpace: &previousSpace) { return false }
            i += 8
        }
        guard i < n else { return true }
        // The last eight bytes, overlapping those tested: a pair of spaces across the overlap was seen already.
        var none: UInt64 = 0
        return test(UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self), first, second, previousSpace: &none)
    }

    /// `test` of one little-endian word of eight bytes; `previousSpace` is 0x80 when the byte
    /// before it was a space, and becomes that for its last byte.
    @inline(__always)
    private static func test(_ word: UInt64, _ first: ClosedRange<UInt8>, _ second: ClosedRange<UInt8>,
                             previousSpace: inout UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        guard word & high == 0 else { return false }
        // For ASCII bytes no sum below carries into the next byte.
        let spaces = equalBytes(word, 0x20)
        let pairs = spaces & (spaces << 8 | previousSpace)
        previousSpace = spaces >> 56
        return pairs | inRange(word, first) | inRange(word, second) == 0
    }

    /// 0x80 in each byte of the ASCII word `word` that is `byte`.
    @inline(__always)
    private static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~((x &+ low) | x | low)
    }

    /// 0x80 in each byte of the ASCII word `word` that lies in `range` (within 0x00...0x7F).
    @inline(__always)
    private static func inRange(_ word: UInt64, _ range: ClosedRange<UInt8>) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        // A byte plus (0x80 - k) has its high bit set when it is at least k.
        let atLeastLow = (word &+ (0x80 - UInt64(range.lowerBound)) &* ones) & high
        let aboveHigh = (word &+ (0x80 - UInt64(range.upperBound) - 1) &* ones) & high
        return atLeastLow & ~aboveHigh
    }

    /// `test` one byte at a time (fewer than eight bytes).
    private static func testBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ first: ClosedRange<UInt8>,
                                  _ second: ClosedRange<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 || first.contains(byte) || second.contains(byte) || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return true
    }
}
