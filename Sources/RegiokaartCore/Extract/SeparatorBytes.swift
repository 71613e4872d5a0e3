/// Whether an ASCII separator byte in UTF-8 text is a `Character` of its own, decided from its
/// neighbours: then splitting the bytes at it splits the `Character`s at it.
///
/// A space or comma joins the scalar after it when that scalar extends it (a combining mark, ZWJ,
/// spacing mark) and the scalar before it when that one is a prepended mark. ASCII, the Latin-1
/// letters (C3 xx) and the punctuation U+2010–U+203F (dashes, quotes, bullet, ellipsis; E2 80 90–BF)
/// are none of these; any other neighbour is left undecided (false), and the caller reads the `Character`s.
enum SeparatorBytes {
    /// True when the separator at `i` of `bytes` has known-safe neighbours (see the type).
    static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = bytes.count
        if i > 0, bytes[i - 1] >= 0x80 {
            let latin1 = i >= 2 && bytes[i - 2] == 0xC3
            let punctuation = i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && (0x90...0xBF).contains(bytes[i - 1])
            guard latin1 || punctuation else { return false }
        }
        if i + 1 < n, bytes[i + 1] >= 0x80 {
            let latin1 = bytes[i + 1] == 0xC3
            let punctuation = i + 3 < n && bytes[i + 1] == 0xE2 && bytes[i + 2] == 0x80 && (0x90...0xBF).contains(bytes[i + 3])
            guard latin1 || punctuation else { return false }
        }
        return true
    }
}
