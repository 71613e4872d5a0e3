import Foundation

/// Ways of reducing a name so that spellings of the same name compare equal.
public enum NameFolding {
    /// Case, diacritics, spaces, hyphens, apostrophes and punctuation removed:
    /// "Súdwest-Fryslân" → "sudwestfryslan", "West Betuwe" → "westbetuwe".
    public static func fold(_ name: String) -> String {
        // ASCII names (nearly all) need no Foundation folding: it would only lower-case them,
        // and the filter below lower-cases anyway. Foundation's folding bridges through NSString
        // and dominated the matcher's time on large archives.
        asciiLettersAndDigits(ASCIIFastPath.isASCII(name) ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil))
    }

    /// The ASCII letters (lower-cased) and digits of `text`, everything else dropped.
    ///
    /// On UTF-8 bytes, written by hand: every lookup key and every mention passes through here
    /// (building a `String.UnicodeScalarView` scalar by scalar was 8 % of a nightly run). A byte
    /// below 0x80 is exactly an ASCII scalar, and no byte of a non-ASCII scalar is below 0x80, so
    /// filtering bytes keeps exactly the scalars a scalar-by-scalar filter would keep.
    static func asciiLettersAndDigits(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case 0x61...0x7A, 0x30...0x39: out[count] = byte; count += 1
                    case 0x41...0x5A: out[count] = byte | 0x20; count += 1
                    default: break
                    }
                }
                return count
            }
        }
    }

    /// The name without a trailing CBS province qualifier: "Hengelo (O.)" → "Hengelo".
    public static func withoutQualifier(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        return ASCIIFastPath.trimmingWhitespaces(String(name[..<open]))
    }

    /// Whitespace (including no-break and narrow spaces) collapsed to single spaces and trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        collapseASCIIWhitespace(text) ?? collapseUnicodeWhitespace(text)
    }

    /// `collapseWhitespace` for any text, scalar by scalar (the ASCII fast path is checked against it).
    static func collapseUnicodeWhitespace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" {
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
    /// space), on bytes, returning `text` itself when nothing changes; nil when `text` is not ASCII.
    private static func collapseASCIIWhitespace(_ text: String) -> String? {
        guard ASCIIFastPath.isASCII(text) else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        var copy = text
        // Already collapsed (the common case): no whitespace at the ends, only single spaces inside.
        let clean = copy.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if isSpace(first) || isSpace(last) { return false }
            for i in bytes.indices where isSpace(bytes[i]) && (bytes[i] != 0x20 || isSpace(bytes[i + 1])) { return false }
            return true
        }
        if clean { return text }
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
