/// Navigation a news page prints around its lists: "Lees ook …" links, share buttons ("Deel dit
/// artikel", "Delen via LinkedIn"). Such a line is never a voorloper, with or without a list marker.
enum ArticleNoise {
    /// Folded (`NameFolding.fold`) openings of navigation lines.
    static let prefixes: [String] = [
        "leesook", "leesmeer", "leesverder", "deeldit", "delenvia", "deelvia", "deelop", "delenop", "bekijkook",
        "bekijkmeer", "meerinformatie", "meerover", "terugnaar", "naarboven", "printdit", "printdeze", "volgons", "abonneer",
        "meldjeaan", "sharethis", "shareon", "gerelateerd", "zieook", "tags",
    ]

    /// Folded lines that are navigation as a whole: a share button's network, "Delen".
    static let words: Set<String> = [
        "linkedin", "facebook", "twitter", "x", "whatsapp", "email", "mail", "delen", "deel", "share", "print", "bluesky",
        "mastodon", "instagram", "kopieerlink", "linkkopieren",
    ]

    /// True when `text` (a line or a list item) is navigation.
    static func isNoise(_ text: String) -> Bool {
        // Navigation is short; a voorloper with its tag is too, but it never opens so.
        guard text.utf8.count <= 120 else { return false }
        let folded = NameFolding.fold(text)
        return words.contains(folded) || prefixes.contains { folded.hasPrefix($0) }
    }
}
