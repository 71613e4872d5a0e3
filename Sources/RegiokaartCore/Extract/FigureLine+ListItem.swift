extension FigureLine {
    /// Where the figure of a line printed as a list item starts, past its bullet; nil for any other
    /// line. A page may list a card's key figures as it lists its municipalities (an HTML `<ul>` of
    /// figures, whose items the HTML reader prints "- …"):
    ///
    ///     - 70.780 Aantal leerlingen/studenten      → "70.780 Aantal leerlingen/studenten"
    ///     • 53 schoolbesturen (po)                  → "53 schoolbesturen (po)"
    ///     * Aantal aangesloten opleiders: 6         → "Aantal aangesloten opleiders: 6"
    ///     - 70.780                                   → "70.780"
    ///     - Aantal leerlingen/studenten   (`besideListedFigure`) → "Aantal leerlingen/studenten"
    ///     | 70.780 | Aantal leerlingen/studenten |  → "70.780 | Aantal leerlingen/studenten |" (a table row)
    ///
    /// The bullet is list markup, as a municipality's is: the figure is read as printed without it
    /// (`CardLines` reads the line from there). An item is a figure only when what follows its
    /// bullet is one: a number alone, a number before a label or separator, or a label with a
    /// number on its line. A label alone after a bullet is one only `besideListedFigure` (the line
    /// before or after is a listed figure): elsewhere "- Aantal …" is a dash printed for a value
    /// before its label (`dashBeforeLabel`). An area item ("- Aalten") or a sentence after a
    /// bullet ("- 27 regio's doen mee") is no figure.
    static func listedFigureStart(_ b: UnsafeBufferPointer<UInt8>, besideListedFigure: Bool = false) -> Int? {
        guard let first = b.first else { return nil }
        var i: Int
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"):
            // A space after it ("-70" is a negative number, "**Verzorgingsgebied**" markdown).
            guard b.count > 2, b[1] == 0x20 || b[1] == 0x09 || (b[1] == 0xC2 && b[2] == 0xA0) else { return nil }
            i = 1
        case UInt8(ascii: "|"):
            // A row of a markdown table ("| 70.780 | Aantal leerlingen/studenten |"): its first cell
            // border (the others separate value and label, `spans`; the last one `CardLines` trims).
            i = 1
        case 0xC0...:
            // A bullet character ("•", "–", "▪", …: `CardMarkers.bullets`), spaced or not.
            let head = String(decoding: UnsafeBufferPointer(rebasing: b.prefix(4)), as: UTF8.self)
            guard let scalar = head.unicodeScalars.first, CardMarkers.bullets.contains(scalar) else { return nil }
            i = scalar.utf8.count
        default:
            return nil
        }
        // Spaces, tabs and no-break spaces after the bullet.
        while i < b.count {
            if b[i] == 0x20 || b[i] == 0x09 { i += 1 } else if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { i += 2 } else { break }
        }
        guard i < b.count else { return nil }
        let rest = UnsafeBufferPointer(rebasing: b[i...])
        if digitLength(rest, 0) > 0 {
            var spans: [Span] = []
            self.spans(rest, into: &spans)
            guard case .value = spans.first else { return nil }
            // A number alone, or one whose words after it (past a separator) open a label.
            guard let words = spans.dropFirst().first(where: { !$0.isSeparator }) else { return spans.count == 1 ? i : nil }
            switch words {
            case .words, .collapsed: return words.withWords(in: rest) { isLabelStart(String(decoding: $0, as: UTF8.self)) } ? i : nil
            case .value, .separator: return nil
            }
        }
        guard startsWithWord(rest) else { return nil }
        let holdsNumber = rest.contains { (0x30...0x39).contains($0) }
        guard holdsNumber || besideListedFigure else { return nil }
        // The words up to the first number or separator: the label.
        let end = rest.firstIndex { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") || $0 == 0x09 } ?? rest.count
        let words = String(decoding: UnsafeBufferPointer(rebasing: rest[..<end]), as: UTF8.self)
        return isLabelStart(words) ? i : nil
    }

    /// Whether the line `b` is a markdown table's delimiter row ("|---|:---:|", "| --- | --- |"):
    /// cell borders, dashes, colons and spaces only, at least one border and one dash. Markup, read as
    /// a blank line (a table of figures may have one after its first row).
    static func isTableDelimiterRow(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.first == UInt8(ascii: "|") else { return false }
        var dash = false
        for byte in b {
            switch byte {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: break
            default: return false
            }
        }
        return dash
    }

    /// Where a table row's text ends once its last cell border is trimmed: "70.780 | Aantal … |" →
    /// before " |"; `b.count` when it has none.
    static func endBeforeTableBorder(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var end = b.count
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
        guard end > 0, b[end - 1] == UInt8(ascii: "|") else { return b.count }
        end -= 1
        while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
        return end
    }

    /// Whether `words` open a figure label: "Aantal …" / "Aangesloten …", or a label without its
    /// opener word that `FigureLabel` reads ("Leerlingen/studenten", "schoolbesturen (po)").
    private static func isLabelStart(_ words: String) -> Bool {
        startsLabel(words) || FigureLabel.mayStartWithoutOpener(NameFolding.collapseWhitespace(words))
    }
}
