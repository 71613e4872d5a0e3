/// Escapes text for HTML and SVG (XML): `&`, `<`, `>`, `"` and `'` become character references, so
/// that text from the publication can never become markup, in element content or in a quoted attribute.
enum MarkupEscape {
    /// `text` with the five markup characters replaced.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { special[Int($0)] }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let special: [Bool] = (0..<256).map { Set("&<>\"'".utf8).contains(UInt8($0)) }
}
