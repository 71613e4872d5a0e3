/// The fixed words and characters that structure a region card, in one place.
enum CardMarkers {
    /// Characters accepted as list bullets. "-" needs a space after it, so that a hyphenated
    /// name is never mistaken for a bullet.
    static let bullets: Set<Unicode.Scalar> = ["•", "*", "–", "—", "·", "▪", "●", "○", "◦", "‣", "⁃", "■", "□", "►", "▸", "✓", "➢"]

    /// True for the line that opens the area list.
    static func isAreaHeading(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("verzorgingsgebied") || lower.hasPrefix("deelnemende gemeenten")
    }

    /// True for the navigation links that close a card ("[TERUG NAAR PO KAART >](#)").
    /// The links may come as list items on an HTML page ("- TERUG NAAR PO KAART >").
    static func isTerminator(_ line: String) -> Bool {
        var upper = Substring(line.uppercased())
        if let items = bulletItems(line), items.count == 1 { upper = Substring(items[0].uppercased()) }
        return upper.hasPrefix("[TERUG NAAR") || upper.hasPrefix("TERUG NAAR")
    }

    /// The text after "Thema:" when the line opens a story.
    static func storyHeading(_ line: String) -> String? {
        guard line.lowercased().hasPrefix("thema:") else { return nil }
        return NameFolding.collapseWhitespace(String(line.dropFirst(6)))
    }

    /// The items of a bullet line ("- Aalten" → ["Aalten"]; "• Groningen • Friesland" → two items),
    /// or nil when the line has no bullet.
    static func bulletItems(_ line: String) -> [String]? {
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return nil }
        var rest: Substring
        if first == "-" {
            guard scalars.count > 1, scalars[1] == " " || scalars[1] == "\t" else { return nil }
            rest = Substring(String(String.UnicodeScalarView(scalars.dropFirst())))
        } else if bullets.contains(first) {
            rest = Substring(String(String.UnicodeScalarView(scalars.dropFirst())))
        } else {
            return nil
        }
        // Several items on one line, separated by a spaced bullet: "• Groningen • Friesland".
        var items: [String] = []
        var current = String.UnicodeScalarView()
        let restScalars = Array(rest.unicodeScalars)
        var i = 0
        while i < restScalars.count {
            let s = restScalars[i]
            if bullets.contains(s), i > 0, restScalars[i - 1] == " ", i + 1 < restScalars.count, restScalars[i + 1] == " " {
                items.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
            i += 1
        }
        items.append(String(current))
        return items.map(NameFolding.collapseWhitespace).filter { !$0.isEmpty }
    }

    /// True when a plain line inside the area list reads like a name rather than a sentence.
    static func looksLikeName(_ line: String) -> Bool {
        line.utf8.count <= 60 && !line.hasSuffix(".") && !line.contains(". ") && !line.hasSuffix(":")
    }
}
