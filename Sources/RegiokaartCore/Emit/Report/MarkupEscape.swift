/// Escapes text for HTML and SVG (XML): `&`, `<`, `>`, `"` and `'` become character references, so
/// that text from the publication can never become markup, in element content or in a quoted attribute.
enum MarkupEscape {
    /// `text` with the five markup characters replaced.
    static func escape(_ text: String) -> String {
        guard holdsSpecial(text) else { return text }
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

    /// Appends `text`, escaped, to `sink`.
    static func write(_ text: String, into sink: ByteSink) {
        sink.write(holdsSpecial(text) ? escape(text) : text)
    }

    /// Finds `&`, `<`, `>` and `"`, sixteen bytes at a time (`ByteFinder` takes four bytes at most)…
    private static let specials = ByteFinder(Array("&<>\"".utf8))
    /// …and `'`.
    private static let apostrophes = ByteFinder([UInt8(ascii: "'")])

    /// Whether `text` holds one of the five: most texts do not, and the maps' tooltips and the
    /// report's long lists are checked byte by byte.
    static func holdsSpecial(_ text: String) -> Bool {
        func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            specials.firstIndex(in: bytes) != nil || apostrophes.firstIndex(in: bytes) != nil
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(check) { return found }
        var copy = text
        return copy.withUTF8(check)
    }
}
