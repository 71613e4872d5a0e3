/// Finds the first of a few ASCII bytes in UTF-8 text, eight bytes at a time.
///
/// Every byte of the CSV and JSON outputs is checked for the few bytes that need quoting or
/// escaping (about 90 MB for a 100-copy archive), and every byte of a text document for its line
/// ends: a byte-at-a-time loop was the largest single cost of writing them. The word tests are the "zero byte" bit tricks (SWAR), on `x = word ^ sought`:
/// `(x - 1) & ~x` tells cheaply whether a word holds a match at all, and `((x & 0x7F) + 0x7F) | x`,
/// exact per lane (no carry between lanes), where it is.
struct ByteFinder: Sendable {
    /// Each sought byte repeated in all eight lanes (unused slots repeat the first).
    private let p0, p1, p2, p3: UInt64
    /// The bits a byte below `below` has clear, in all eight lanes (0: no such range).
    private let aboveMask: UInt64
    /// `below` in all eight lanes.
    private let belowLanes: UInt64
    /// The sought bytes as a 128-bit set (every sought byte is ASCII), for the bytes past the last word.
    private let low, high: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A finder for `bytes` (one to four ASCII bytes) and, if `below` is not 0, every byte less than
    /// it (a power of two up to 0x80, e.g. 0x20 for the control characters).
    init(_ bytes: [UInt8], below: UInt8 = 0) {
        precondition((1...4).contains(bytes.count) && bytes.allSatisfy { $0 < 0x80 })
        precondition(below == 0 || (below <= 0x80 && below & (below - 1) == 0))
        let lanes = bytes.map { UInt64($0) &* Self.ones }
        p0 = lanes[0]
        p1 = lanes.count > 1 ? lanes[1] : lanes[0]
        p2 = lanes.count > 2 ? lanes[2] : lanes[0]
        p3 = lanes.count > 3 ? lanes[3] : lanes[0]
        aboveMask = below == 0 ? 0 : UInt64(~(below - 1)) &* Self.ones
        belowLanes = UInt64(below) &* Self.ones
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in bytes + (0..<below).map({ $0 }) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    /// Whether `byte` is sought.
    @inline(__always)
    func matches(_ byte: UInt8) -> Bool {
        byte < 64 ? (low >> UInt64(byte)) & 1 != 0 : high != 0 && byte < 128 && (high >> UInt64(byte &- 64)) & 1 != 0
    }

    /// High bit set in each lane of `x` that is not zero, clear in each lane that is.
    @inline(__always)
    private static func nonZero(_ x: UInt64) -> UInt64 { ((x & lows) &+ lows) | x }

    /// Whether `word` holds a sought byte: the cheaper test, "(x - 1) & ~x" per lane, which may
    /// also flag lanes above a true match but is never set without one.
    @inline(__always)
    private func holdsMatch(_ word: UInt64) -> Bool {
        let x0 = word ^ p0, x1 = word ^ p1, x2 = word ^ p2, x3 = word ^ p3
        var found = ((x0 &- Self.ones) & ~x0) | ((x1 &- Self.ones) & ~x1) | ((x2 &- Self.ones) & ~x2) | ((x3 &- Self.ones) & ~x3)
        if belowLanes != 0 { found |= (word &- belowLanes) & ~word }
        return found & Self.highs != 0
    }

    /// The lanes of `word` (little-endian) that hold a sought byte, as their high bits.
    @inline(__always)
    private func lanes(_ word: UInt64) -> UInt64 {
        var other = Self.nonZero(word ^ p0) & Self.nonZero(word ^ p1) & Self.nonZero(word ^ p2) & Self.nonZero(word ^ p3)
        if aboveMask != 0 { other &= Self.nonZero(word & aboveMask) }
        return ~other & Self.highs
    }

    /// The index of the first sought byte in `bytes` at or after `start`, or nil.
    @inline(__always)
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let n = bytes.count
        guard let base = bytes.baseAddress, start < n else { return nil }
        if n < 16 {
            // A short text (most fields): a byte loop costs less than setting up the words.
            var i = start
            while i < n {
                if matches(base[i]) { return i }
                i += 1
            }
            return nil
        }
        let raw = UnsafeRawPointer(base)
        var i = start
        while true {
            // The last word may start before `i`: its lanes before `i` are dropped (the test is
            // exact per lane, so they cannot affect the others).
            let at = min(i, n - 8)
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            if holdsMatch(word) {
                var found = lanes(word)
                if at < i { found &= ~0 << UInt64(8 * (i - at)) }
                if found != 0 { return at + found.trailingZeroBitCount / 8 }
            }
            i = at + 8
            if i >= n { return nil }
        }
    }
}
