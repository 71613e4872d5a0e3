/// The fixed words and characters that structure a region card, in one place.
enum CardMarkers {
    /// Characters accepted as list bullets. "-" needs a space after it, so that a hyphenated
    /// name is never mistaken for a bullet.
    static let bullets: Set<Unicode.Scalar> = ["•", "*", "–", "—", "·", "▪", "●", "○", "◦", "‣", "⁃", "■", "□", "►", "▸", "✓", "➢",
                                                   "∙", "⦁", "◆", "◇", "❖", "➤", "▶", "✔", "⚫", "⁌", "⁍"]

    /// True for the line that opens the area list.
    static func isAreaHeading(_ line: String) -> Bool {
        ASCIIFastPath.lowercasedHasPrefix(line, "verzorgingsgebied")
            || ASCIIFastPath.lowercasedHasPrefix(line, "deelnemende gemeenten")
    }

    /// True for the navigation links that close a card ("[TERUG NAAR PO KAART >](#)").
    /// The links may come as list items on an HTML page ("- TERUG NAAR PO KAART >").
    static func isTerminator(_ line: String) -> Bool {
        // Every line of a card is tested. An ASCII line can only be a terminator when it holds
        // "terug" in any case (its bullet item is a part of it with whitespace collapsed); this
        // byte test spares the bullet lines of the area list their `bulletItems`.
        if ASCIIFastPath.isASCII(line), !ASCIIFastPath.mayContainLowercased(line, "terug") { return false }
        // The links may come as list items on an HTML page ("- TERUG NAAR PO KAART >").
        var text = line
        if line.hasPrefix("- ") || line.unicodeScalars.first.map(bullets.contains) == true,
           let items = bulletItems(line), items.count == 1 { text = items[0] }
        return ASCIIFastPath.uppercasedHasPrefix(text, "[TERUG NAAR") || ASCIIFastPath.uppercasedHasPrefix(text, "TERUG NAAR")
    }

    /// The text after "Thema:" when the line opens a story.
    static func storyHeading(_ line: String) -> String? {
        guard ASCIIFastPath.lowercasedHasPrefix(line, "thema:") else { return nil }
        return NameFolding.collapseWhitespace(String(line.dropFirst(6)))
    }

    /// The items of a bullet line ("- Aalten" → ["Aalten"]; "• Groningen • Friesland" → two items),
    /// or nil when the line has no bullet.
    static func bulletItems(_ line: String) -> [String]? {
        // Most lines are not bullets, and most bullet lines hold one plain-ASCII name: both are
        // decided from the bytes (the only ASCII bullets are "-" and "*").
        guard let firstByte = line.utf8.first else { return nil }
        if firstByte < 0x80 && firstByte != UInt8(ascii: "-") && firstByte != UInt8(ascii: "*") { return nil }
        if let single = singleASCIIItem(line) { return single.isEmpty ? [] : [single] }
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return nil }
        var rest: Substring
        if first == "-" {
            // Any space after it ("-\u{00A0}Aalten"), so that a hyphenated name is never a bullet.
            guard scalars.count > 1, scalars[1].properties.isWhitespace else { return nil }
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

    /// The one item of a bullet line whose text after the bullet is ASCII without a "*": exactly
    /// what the general path of `bulletItems` gives for it. Nil when the general path must decide.
    private static func singleASCIIItem(_ line: String) -> String? {
        let scalars = line.unicodeScalars
        let first = scalars.first!
        if first == "-" {
            let second = scalars.dropFirst().first
            guard second == " " || second == "\t" else { return nil }
        } else if !bullets.contains(first) {
            return nil
        }
        let rest = String(Substring(line.unicodeScalars.dropFirst()))
        guard !rest.utf8.contains(UInt8(ascii: "*")), ASCIIFastPath.isASCII(rest) else { return nil }
        return NameFolding.collapseWhitespace(rest)
    }

    /// True when a plain line inside the area list reads like a name rather than a sentence.
    static func looksLikeName(_ line: String) -> Bool {
        line.utf8.count <= 60 && !line.hasSuffix(".") && !line.contains(". ") && !line.hasSuffix(":")
    }
}
