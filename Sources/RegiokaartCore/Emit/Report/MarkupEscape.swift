/// Escapes text for HTML and SVG (XML): `&`, `<`, `>`, `"` and `'` become character references, so
/// that text from the publication can never become markup, in element content or in a quoted attribute.
enum MarkupEscape {
    /// `text` with the five markup characters replaced.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { special[Int($0)] }) else { return text }
        // On the UTF-8 bytes: the five are ASCII, and an ASCII byte is never part of another
        // scalar's encoding, so replacing bytes replaces exactly those scalars.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let special: [Bool] = (0..<256).map { Set("&<>\"'".utf8).contains(UInt8($0)) }
}
