/// Theme-page lines printed with markup the theme reader does not expect, read back into the form
/// it knows: a menu link is "Zeeland >", a title plain text. A link after a list marker
/// ("- Zeeland >", as an HTML `<li>` renders), with another arrow ("Zeeland ›", "Zeeland »") or as a
/// markdown link ("[Zeeland >](#)"), and a title in markdown heading markup ("## Title",
/// "**Title**"), are rewritten; `ThemePageExtractor` reports each kind once (`theme.markup`).
enum ThemeLineShape {
    /// What was dropped from a line.
    enum Markup: String {
        case listMarker = "a list marker before a link"
        case arrow = "another link arrow than \">\""
        case markdownLink = "a markdown link"
        case heading = "markdown heading markup"
    }

    /// Link marks other than ">" at a link's end.
    static let arrows: [String] = ["›", "»", "→", "->", "❯", "⟩", "▸"]

    /// `text` (collapsed, non-empty) in the form the reader knows and the markup dropped, or nil when
    /// it is in that form already.
    static func canonical(_ text: String) -> (text: String, markup: Markup)? {
        // Nearly every line opens with a letter and ends in ASCII other than ")": none of the shapes.
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80, last != UInt8(ascii: ")"),
           !"-*[#_".utf8.contains(first) {
            return nil
        }
        if let link = markdownLink(text) { return (link, .markdownLink) }
        if let link = arrowLink(text) { return (link, .arrow) }
        // Before the bullets: "**Title**" opens with "*", a bullet too.
        if let inner = ArticleHeading.withoutMarkup(text), !inner.isEmpty { return (inner, .heading) }
        if let items = CardMarkers.bulletItems(text), items.count == 1, let item = items.first {
            if item.hasSuffix(">") { return (item, .listMarker) }
            if let link = markdownLink(item) ?? arrowLink(item) { return (link, .listMarker) }
        }
        return nil
    }

    /// "[Zeeland >](#)" → "Zeeland >"; "[Zeeland](https://…)" → "Zeeland >": a line that is one
    /// markdown link is a link.
    static func markdownLink(_ text: String) -> String? {
        guard text.hasPrefix("["), text.hasSuffix(")"), let close = text.range(of: "]("),
              !text[close.upperBound...].contains(" ") else { return nil }
        let inner = NameFolding.collapseWhitespace(String(text[text.index(after: text.startIndex)..<close.lowerBound]))
        guard !inner.isEmpty else { return nil }
        return arrowLink(inner) ?? (inner.hasSuffix(">") ? inner : inner + " >")
    }

    /// "Zeeland ›" → "Zeeland >".
    static func arrowLink(_ text: String) -> String? {
        for arrow in arrows where text.hasSuffix(arrow) && text.count > arrow.count {
            let name = NameFolding.collapseWhitespace(String(text.dropLast(arrow.count)))
            return name.isEmpty ? nil : name + " >"
        }
        return nil
    }
}
