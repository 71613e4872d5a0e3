import Foundation

/// URL- and file-safe identifiers made from names.
enum Slug {
    /// Lower-case ASCII letters and digits with single hyphens: "Zeeuwse Onderwijsregio (ZOR)" → "zeeuwse-onderwijsregio-zor".
    static func make(_ name: String) -> String {
        // ASCII names skip Foundation's folding: on ASCII it only lower-cases, which the loop does too.
        var folded = ASCIIFastPath.isASCII(name) ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        // Read on the UTF-8 bytes: every byte of a non-ASCII scalar is no letter or digit, so it
        // asks for a hyphen as the scalar does (but for "’", skipped whole like "'").
        // Each letter or digit written may follow one hyphen asked for by a byte before it: the
        // slug is never longer than the folded name.
        let slug = folded.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingHyphen = false
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    let isLetterOrDigit = (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                    if isLetterOrDigit {
                        if pendingHyphen && count > 0 { out[count] = UInt8(ascii: "-"); count += 1 }
                        pendingHyphen = false
                        out[count] = ASCIIFastPath.lowercase(byte)
                        count += 1
                    } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                        i += 2  // ’
                    } else if byte != UInt8(ascii: "'") {
                        pendingHyphen = true
                    }
                    i += 1
                }
                return count
            }
        }
        return slug.isEmpty ? "region" : slug
    }
}
