/// How many bytes of each class a name holds (a byte's class: its low five bits, so a letter and its
/// capital share one), for a lower bound on the edit distance that costs a few word operations.
///
/// Each insertion, deletion or substitution changes the larger of the two one-sided differences by
/// at most one and a transposition changes neither, so that larger difference never exceeds the
/// optimal-string-alignment distance (`EditDistance`); merging bytes into classes only lowers it.
struct LetterBag: Equatable, Sendable {
    /// The 32 counts, one byte each, eight to a word (at most 127 bytes in all, so that no count
    /// reaches the byte's top bit and no sum of counts leaves its byte).
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// The bag of `bytes`, or nil for a name of more than 127 bytes.
    init?(_ bytes: [UInt8]) {
        guard bytes.count <= 127 else { return nil }
        var w: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for byte in bytes {
            let one = UInt64(1) << (UInt64(byte & 7) * 8)
            switch (byte >> 3) & 3 {
            case 0: w.0 += one
            case 1: w.1 += one
            case 2: w.2 += one
            default: w.3 += one
            }
        }
        words = w
    }

    static func == (a: LetterBag, b: LetterBag) -> Bool { a.words == b.words }

    /// A lower bound on `EditDistance.distance` between the names of `self` and `other`.
    func distanceBound(to other: LetterBag) -> Int {
        let a = words, b = other.words
        let over = Self.excess(a.0, b.0) + Self.excess(a.1, b.1) + Self.excess(a.2, b.2) + Self.excess(a.3, b.3)
        let under = Self.excess(b.0, a.0) + Self.excess(b.1, a.1) + Self.excess(b.2, a.2) + Self.excess(b.3, a.3)
        return max(Self.byteSum(over), Self.byteSum(under))
    }

    /// A lower bound on the edit distance between the name of `self` and any stretch of the name of
    /// `text`: the bytes of `self` that `text` lacks (each needs an edit wherever it is matched;
    /// what `text` holds beyond them costs nothing, being outside the stretch).
    func missingBound(in text: LetterBag) -> Int {
        let a = words, b = text.words
        return Self.byteSum(Self.excess(a.0, b.0) + Self.excess(a.1, b.1) + Self.excess(a.2, b.2) + Self.excess(a.3, b.3))
    }

    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// Per byte, `a - b` where `a` is at least `b`, else 0 (every byte below 128: no borrow crosses bytes).
    private static func excess(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let d = (a | high) &- b
        let atLeast = ((d & high) >> 7) &* 0xFF
        return d & ~high & atLeast
    }

    /// The sum of the eight bytes of `x` (at most 255).
    private static func byteSum(_ x: UInt64) -> Int {
        Int((x &* 0x0101_0101_0101_0101) >> 56)
    }
}
