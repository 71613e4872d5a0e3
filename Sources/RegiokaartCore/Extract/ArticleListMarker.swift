/// The list markers a voorlopers list may come with: the bullets of `CardMarkers` ("•", "-", "*",
/// "–", …, which also read HTML `<li>` items, rendered as "- …"), and numbers ("1. Zeeland",
/// "12) Rotterdam").
enum ArticleListMarker {
    /// The items of a marked list line (collapsed), or nil when the line has no list marker.
    /// A tag after a spaced dash ("• Rotterdam – po") stays with its item, though "–" is a bullet too.
    static func items(_ line: String) -> [String]? {
        // Numbered items as on the cards ("1. Zeeland", "12) Rotterdam"; never "6 juli 2023" or "2023. …").
        if let item = CardMarkers.numberedItem(line) { return [item] }
        guard let first = line.utf8.first, first >= 0x80 || first == UInt8(ascii: "-") || first == UInt8(ascii: "*") else { return nil }
        if let (body, tag) = VoorloperTagShape.trailingDashedTag(line), var items = CardMarkers.bulletItems(body) {
            guard !items.isEmpty else { return nil }
            items[items.count - 1] += " " + tag
            return items
        }
        return CardMarkers.bulletItems(line)
    }
}
