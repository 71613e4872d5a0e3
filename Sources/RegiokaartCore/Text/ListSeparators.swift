/// The characters that separate names printed on one line: a comma or a semicolon anywhere
/// ("Aalten, Apeldoorn; Berkelland"), and a middle dot, bullet or bar between spaces
/// ("Aalten · Apeldoorn", "Aalten • Apeldoorn", "Aalten | Apeldoorn"), the way a page prints a
/// list inline. No reference name holds a spaced one; " en " before the last name is the
/// callers' (`CompoundNames.pieceRanges`).
enum ListSeparators {
    /// Whether the character at `index` of `text` separates names: a comma or semicolon, or a
    /// middle dot, bullet or bar with whitespace on both sides (in a name it would be part of it).
    static func separates(_ text: String, at index: String.Index) -> Bool {
        // On the scalar: this is asked of every character of every name with a separator's bytes.
        switch text.unicodeScalars[index] {
        case ",", ";": return true
        case "·", "•", "∙", "|": break
        default: return false
        }
        guard index > text.startIndex else { return false }
        let next = text.index(after: index)
        return next < text.endIndex && text[text.index(before: index)].isWhitespace && text[next].isWhitespace
    }

    /// Whether `text` holds a separator (`separates` somewhere).
    static func any(in text: String) -> Bool {
        var copy = text
        guard copy.withUTF8(mayHoldOne) else { return false }
        return text.indices.contains { separates(text, at: $0) }
    }

    /// False when `bytes` (UTF-8) hold none of the separators' bytes, so no character separates:
    /// a comma, semicolon or bar, or the bytes of "·" (C2 B7), "•" (E2 80 A2) or "∙" (E2 88 99).
    static func mayHoldOne(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "|"): return true
            case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xB7: return true
            case 0xE2 where i + 2 < bytes.count
                && ((bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA2) || (bytes[i + 1] == 0x88 && bytes[i + 2] == 0x99)): return true
            default: break
            }
            i += 1
        }
        return false
    }
}
