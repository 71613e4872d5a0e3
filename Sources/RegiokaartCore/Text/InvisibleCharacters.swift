/// The invisible format characters a copied or scraped name may carry: zero-width space, non-joiner
/// and joiner (U+200B–U+200D), word joiner (U+2060), soft hyphen (U+00AD) and a stray byte-order
/// mark (U+FEFF). They print as nothing, so a name holding one looks right and matches nothing.
enum InvisibleCharacters {
    /// `text` without its invisible characters; nil when it has none (decided from the bytes: most
    /// names are ASCII and none has one).
    static func removed(from text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            var found = false
            while i < bytes.count {
                let length = invisibleLength(bytes, at: i)
                if length > 0 {
                    found = true
                    i += length
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return found ? String(decoding: out, as: UTF8.self) : nil
        }
    }

    /// `text` with each invisible character written as its code point ("Amster<U+200B>dam"): how a
    /// finding shows what was removed.
    static func shown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` is one of the invisible characters.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// The part of `printed` that reads `clean` once its invisible characters are removed, with
    /// the invisible characters standing directly before and after it: how a name read from a line
    /// without them ("Amsterdam" in "- Amsterdam") was printed ("Amster\u{200B}dam"). Nil when
    /// `printed` holds no such part.
    static func printing(of clean: String, in printed: String) -> String? {
        var clean = clean, printed = printed
        return printed.withUTF8 { p in
            clean.withUTF8 { c -> String? in
                guard !c.isEmpty else { return nil }
                for start in p.indices where p[start] == c[0] {
                    var i = start, j = 0
                    while j < c.count, i < p.count {
                        let skip = invisibleLength(p, at: i)
                        if skip > 0 { i += skip; continue }
                        guard p[i] == c[j] else { break }
                        i += 1
                        j += 1
                    }
                    guard j == c.count else { continue }
                    var (from, end) = (start, i)
                    while end < p.count, invisibleLength(p, at: end) > 0 { end += invisibleLength(p, at: end) }
                    while let before = invisibleEnding(p, at: from) { from = before }
                    return String(decoding: UnsafeBufferPointer(rebasing: p[from..<end]), as: UTF8.self)
                }
                return nil
            }
        }
    }

    /// Where the invisible character that ends just before byte `i` starts, nil when none does.
    private static func invisibleEnding(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        for length in [2, 3] where i >= length && invisibleLength(b, at: i - length) == length { return i - length }
        return nil
    }

    /// The UTF-8 length of the invisible character at byte `i`, 0 when there is none.
    static func invisibleLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch b[i] {
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xAD: 2  // U+00AD
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (0x8B...0x8D).contains(b[i + 2]): 3  // U+200B–U+200D
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x81 && b[i + 2] == 0xA0: 3  // U+2060
        case 0xEF where i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF: 3  // U+FEFF
        default: 0
        }
    }
}

private extension String {
    /// The text with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
