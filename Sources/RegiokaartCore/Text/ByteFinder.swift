/// Finds the first of a few ASCII bytes in UTF-8 text, sixteen bytes at a time.
///
/// Every byte of the CSV and JSON outputs is checked for the few bytes that need quoting or
/// escaping (about 90 MB for a 100-copy archive), and every byte of a text document for its line
/// ends: a byte-at-a-time loop was the largest single cost of writing them. A window of sixteen
/// (or, for a shorter rest, eight) bytes is compared with each sought byte at once (`SIMD16`, one
/// vector compare per sought byte on every CPU the package targets), and the first matching lane is
/// read from the comparison's mask; a rest shorter than eight bytes is looked at byte by byte.
struct ByteFinder: Sendable {
    /// Each sought byte in all lanes (unused slots repeat the first).
    private let p0, p1, p2, p3: SIMD16<UInt8>
    /// `below` in all lanes (0: no such range; no byte is below 0).
    private let belowLanes: SIMD16<UInt8>
    /// The sought bytes as a 128-bit set (every sought byte is ASCII), for single bytes.
    private let low, high: UInt64

    /// A finder for `bytes` (one to four ASCII bytes) and, if `below` is not 0, every byte less than
    /// it (a power of two up to 0x80, e.g. 0x20 for the control characters).
    init(_ bytes: [UInt8], below: UInt8 = 0) {
        precondition((1...4).contains(bytes.count) && bytes.allSatisfy { $0 < 0x80 })
        precondition(below == 0 || (below <= 0x80 && below & (below - 1) == 0))
        let lanes = bytes.map { SIMD16<UInt8>(repeating: $0) }
        p0 = lanes[0]
        p1 = lanes.count > 1 ? lanes[1] : lanes[0]
        p2 = lanes.count > 2 ? lanes[2] : lanes[0]
        p3 = lanes.count > 3 ? lanes[3] : lanes[0]
        belowLanes = SIMD16(repeating: below)
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

    /// The lanes of `window` that hold a sought byte, 0xFF each (the others 0), as two words:
    /// lanes 0-7 in the first, 8-15 in the second, lane 0 lowest (little-endian lanes). Read as
    /// words rather than with `any()`, which the optimiser left as a call.
    @inline(__always)
    private func matches(_ window: SIMD16<UInt8>) -> (UInt64, UInt64) {
        let mask = (window .== p0) .| (window .== p1) .| (window .== p2) .| (window .== p3) .| (window .< belowLanes)
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: words[0]), UInt64(littleEndian: words[1]))
    }

    /// The lanes of `window` that hold a sought byte, 0xFF each, as one word (lane 0 lowest).
    @inline(__always)
    private func matches(_ window: SIMD8<UInt8>) -> UInt64 {
        let mask = (window .== p0.lowHalf) .| (window .== p1.lowHalf) .| (window .== p2.lowHalf) .| (window .== p3.lowHalf)
            .| (window .< belowLanes.lowHalf)
        return UInt64(littleEndian: unsafeBitCast(mask, to: UInt64.self))
    }

    /// The index of the first sought byte in `bytes` at or after `start`, or nil.
    @inline(__always)
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let n = bytes.count
        guard let base = bytes.baseAddress, start < n else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = start
        // Windows from `i` on, the first at `i`; the last one may start before `i`, but its lanes
        // before `i` were in the window before, which held no match.
        if n - i >= 16 {
            while true {
                let at = min(i, n - 16)
                let (low, high) = matches(raw.loadUnaligned(fromByteOffset: at, as: SIMD16<UInt8>.self))
                if low != 0 { return at + low.trailingZeroBitCount / 8 }
                if high != 0 { return at + 8 + high.trailingZeroBitCount / 8 }
                i = at + 16
                if i >= n { return nil }
            }
        }
        if n - i >= 8 {
            let first = matches(raw.loadUnaligned(fromByteOffset: i, as: SIMD8<UInt8>.self))
            if first != 0 { return i + first.trailingZeroBitCount / 8 }
            guard n - i > 8 else { return nil }
            // The last eight bytes: those before `i + 8` were in the first window, which held no match.
            let last = matches(raw.loadUnaligned(fromByteOffset: n - 8, as: SIMD8<UInt8>.self))
            return last != 0 ? n - 8 + last.trailingZeroBitCount / 8 : nil
        }
        return firstMatch(base, from: i, to: n)
    }

    /// The first sought byte in `base[from..<to]` (a short rest), byte by byte.
    @inline(__always)
    private func firstMatch(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            if matches(base[i]) { return i }
            i += 1
        }
        return nil
    }
}
