/// `NameFolding.fold` as the resolve stage calls it on every line and name: on bytes for text made
/// of ASCII and a few common non-ASCII characters (Latin-1 letters with a diacritic, typographic
/// quotes and dashes), where folding is keeping [A-Za-z0-9] lower-cased, with "é" as "e" and the
/// punctuation dropped; any other text goes to `NameFolding.fold` itself. Hand-written because the
/// theme pages fold every line of the front matter, and Foundation's folding of the Dutch lines
/// (and appending scalar by scalar) was most of that cost; the tests compare both on every
/// character handled here, alone and in context, and on the real lines.
enum QuickFold {
    /// `NameFolding.fold(text)`.
    static func fold(_ text: String) -> String {
        simple(text) ?? NameFolding.fold(text)
    }

    /// The fold of `text` when every non-ASCII character in it is one `latin1` or `punctuation`
    /// handles, else nil.
    static func simple(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte < 0x80 {
                    if isKept(byte) { out.append(ASCIIFastPath.lowercase(byte)) }
                    i += 1
                } else if byte == 0xC3, i + 1 < n, let base = latin1(bytes[i + 1]) {
                    out.append(base)
                    i += 2
                } else if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, punctuation(bytes[i + 2]) {
                    i += 3
                } else {
                    return nil
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The fold of an all-ASCII `text`, nil when `text` has a non-ASCII byte.
    static func ascii(_ text: String) -> String? {
        ASCIIFastPath.isASCII(text) ? simple(text) : nil
    }

    /// For the second byte of a `C3 xx` character (U+00C0–U+00FF): the base letter of a letter
    /// with a canonical decomposition (letter + diacritic), lower-case; nil for the others
    /// (Æ, Ð, ×, Ø, Þ, ß, æ, ð, ÷, ø, þ).
    static func latin1(_ second: UInt8) -> UInt8? {
        switch second {
        case 0x80...0x85, 0xA0...0xA5: UInt8(ascii: "a")
        case 0x87, 0xA7: UInt8(ascii: "c")
        case 0x88...0x8B, 0xA8...0xAB: UInt8(ascii: "e")
        case 0x8C...0x8F, 0xAC...0xAF: UInt8(ascii: "i")
        case 0x91, 0xB1: UInt8(ascii: "n")
        case 0x92...0x96, 0xB2...0xB6: UInt8(ascii: "o")
        case 0x99...0x9C, 0xB9...0xBC: UInt8(ascii: "u")
        case 0x9D, 0xBD, 0xBF: UInt8(ascii: "y")
        default: nil
        }
    }

    /// For the third byte of an `E2 80 xx` character: true for the dashes, quotes, bullet and
    /// ellipsis (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D, U+2022, U+2026), which fold away.
    static func punctuation(_ third: UInt8) -> Bool {
        switch third {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA2, 0xA6: true
        default: false
        }
    }

    /// An ASCII letter or digit.
    @inline(__always) static func isKept(_ byte: UInt8) -> Bool {
        ASCIIFastPath.lowercase(byte) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// `haystack.contains(needle)` for folded text: on bytes when `haystack` is ASCII and `needle`
    /// is ASCII letters and digits (then a byte match is a `Character` match), without the generic
    /// `Character` search; otherwise (an empty needle too) `String.contains` itself.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty, needle.utf8.allSatisfy(isKept), ASCIIFastPath.isASCII(haystack) else {
            return haystack.contains(needle)
        }
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pattern in
                guard hay.count >= pattern.count else { return false }
                var i = 0
                while i + pattern.count <= hay.count {
                    if hay[i] == pattern[0] {
                        var k = 1
                        while k < pattern.count, hay[i + k] == pattern[k] { k += 1 }
                        if k == pattern.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `NameFolding.collapseWhitespace(text)`, returning `text` itself without rebuilding it when
    /// it is already collapsed: no Unicode whitespace (nor U+200B) but single inner ASCII spaces.
    /// `NameFolding` does that check for ASCII text only; the front matter's lines are Dutch.
    static func collapseWhitespace(_ text: String) -> String {
        var copy = text
        let clean = copy.withUTF8 { b -> Bool in
            let n = b.count
            guard n > 0 else { return true }
            if b[0] == 0x20 || b[n - 1] == 0x20 { return false }
            var i = 0
            while i < n {
                let byte = b[i]
                switch byte {
                case 0x09...0x0D: return false
                case 0x20: if i + 1 < n, b[i + 1] == 0x20 { return false }
                case 0xC2: if i + 1 < n, b[i + 1] == 0x85 || b[i + 1] == 0xA0 { return false }  // U+0085, U+00A0
                case 0xE1: if i + 2 < n, b[i + 1] == 0x9A, b[i + 2] == 0x80 { return false }  // U+1680
                case 0xE2:
                    if i + 2 < n, b[i + 1] == 0x80, (0x80...0x8B).contains(b[i + 2]) || [0xA8, 0xA9, 0xAF].contains(b[i + 2]) { return false }  // U+2000–200B, 2028, 2029, 202F
                    if i + 2 < n, b[i + 1] == 0x81, b[i + 2] == 0x9F { return false }  // U+205F
                case 0xE3: if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 { return false }  // U+3000
                default: break
                }
                i += 1
            }
            return true
        }
        return clean ? text : NameFolding.collapseWhitespace(text)
    }
}
