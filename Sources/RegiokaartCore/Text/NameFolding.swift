import Foundation

/// Ways of reducing a name so that spellings of the same name compare equal.
enum NameFolding {
    /// Case, diacritics, spaces, hyphens, apostrophes and punctuation removed:
    /// "Súdwest-Fryslân" → "sudwestfryslan", "West Betuwe" → "westbetuwe".
    static func fold(_ name: String) -> String {
        bytewiseFold(name) ?? foundationFold(name)
    }

    /// `fold` through Foundation's folding (diacritics, case, width), then the ASCII letters and
    /// digits: the definition, for any text. `bytewiseFold` is checked against it.
    static func foundationFold(_ name: String) -> String {
        // ASCII names need no Foundation folding: it would only lower-case them, and the filter
        // lower-cases anyway.
        asciiLettersAndDigits(ASCIIFastPath.isASCII(name) ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil))
    }

    /// `fold` on UTF-8 bytes for text made of ASCII and the common non-ASCII characters of Dutch
    /// names and lines (Latin-1 letters with a diacritic, typographic quotes and dashes): keeps
    /// [A-Za-z0-9] lower-cased, "é" as "e", drops the punctuation; nil for any other text.
    ///
    /// Hand-written because every lookup key, mention and theme-page line is folded, and
    /// Foundation's folding (bridged through NSString) with a scalar-by-scalar filter was most of
    /// that cost; the tests compare it with `foundationFold` on every character handled here,
    /// alone and in context, and on the real lines.
    static func bytewiseFold(_ text: String) -> String? {
        var text = text
        var handled = true
        // Each character yields at most one byte, so the fold fits in the text's byte count.
        let folded = text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var i = 0
                let n = bytes.count
                while i < n {
                    let byte = bytes[i]
                    if byte < 0x80 {
                        if isASCIILetterOrDigit(byte) { out[count] = ASCIIFastPath.lowercase(byte); count += 1 }
                        i += 1
                    } else if byte == 0xC3, i + 1 < n, let base = latin1(bytes[i + 1]) {
                        out[count] = base
                        count += 1
                        i += 2
                    } else if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, punctuation(bytes[i + 2]) {
                        i += 3
                    } else {
                        handled = false
                        return 0
                    }
                }
                return count
            }
        }
        return handled ? folded : nil
    }

    /// The ASCII letters (lower-cased) and digits of `text`, everything else dropped. A byte below
    /// 0x80 is exactly an ASCII scalar, and no byte of a non-ASCII scalar is below 0x80, so
    /// filtering bytes keeps exactly the scalars a scalar-by-scalar filter would keep.
    static func asciiLettersAndDigits(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for byte in bytes where isASCIILetterOrDigit(byte) {
                    out[count] = ASCIIFastPath.lowercase(byte)
                    count += 1
                }
                return count
            }
        }
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
    @inline(__always) static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        ASCIIFastPath.lowercase(byte) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The name without a trailing CBS province qualifier: "Hengelo (O.)" → "Hengelo".
    static func withoutQualifier(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        return ASCIIFastPath.trimmingWhitespaces(String(name[..<open]))
    }

    /// Whitespace (including no-break and narrow spaces) collapsed to single spaces and trimmed.
    static func collapseWhitespace(_ text: String) -> String {
        isCollapsed(text) ? text : (collapseASCIIWhitespace(text) ?? collapseUnicodeWhitespace(text))
    }

    /// True when `collapseWhitespace(text)` is `text` itself: no Unicode whitespace,
    /// only single inner ASCII spaces. On bytes, for Dutch text too: theme pages and stories pass
    /// every line through here, and rebuilding them scalar by scalar was most of that cost.
    static func isCollapsed(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b -> Bool in
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
                    if i + 2 < n, b[i + 1] == 0x80, (0x80...0x8A).contains(b[i + 2]) || [0xA8, 0xA9, 0xAF].contains(b[i + 2]) { return false }  // U+2000–200A, 2028, 2029, 202F
                    if i + 2 < n, b[i + 1] == 0x81, b[i + 2] == 0x9F { return false }  // U+205F
                case 0xE3: if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 { return false }  // U+3000
                default: break
                }
                i += 1
            }
            return true
        }
    }

    /// `collapseWhitespace` for any text, scalar by scalar (the ASCII fast path is checked against it).
    static func collapseUnicodeWhitespace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // A zero-width space is no whitespace: it prints as nothing, and is removed (and
            // reported) with the other invisible characters (`InvisibleCharacters`), not read as a space.
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `collapseWhitespace` for an all-ASCII `text` (whose whitespace is tab, LF, VT, FF, CR and
    /// space), on bytes; nil when `text` is not ASCII.
    private static func collapseASCIIWhitespace(_ text: String) -> String? {
        guard ASCIIFastPath.isASCII(text) else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            if isSpace(b) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
