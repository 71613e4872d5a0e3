/// The list markers a voorlopers list may come with: the bullets of `CardMarkers` ("•", "-", "*",
/// "–", …, which also read HTML `<li>` items, rendered as "- …"), and numbers ("1. Zeeland",
/// "12) Rotterdam").
enum ArticleListMarker {
    /// The items of a marked list line (collapsed), or nil when the line has no list marker.
    /// A tag after a spaced dash ("• Rotterdam – po") stays with its item, though "–" is a bullet too.
    static func items(_ line: String) -> [String]? {
        if let item = numberedItem(line) { return [item] }
        guard let first = line.utf8.first, first >= 0x80 || first == UInt8(ascii: "-") || first == UInt8(ascii: "*") else { return nil }
        if let (body, tag) = VoorloperTagShape.trailingDashedTag(line), var items = CardMarkers.bulletItems(body) {
            guard !items.isEmpty else { return nil }
            items[items.count - 1] += " " + tag
            return items
        }
        return CardMarkers.bulletItems(line)
    }

    /// The item after a number marker: one to three digits, "." or ")", a space, the item. Nil for
    /// any other line ("6 juli 2023 …", "2023. …").
    static func numberedItem(_ line: String) -> String? {
        let utf8 = line.utf8
        var digits = 0
        var index = utf8.startIndex
        while index != utf8.endIndex, digits < 4, (0x30...0x39).contains(utf8[index]) {
            digits += 1
            index = utf8.index(after: index)
        }
        guard (1...3).contains(digits), index != utf8.endIndex, utf8[index] == UInt8(ascii: ".") || utf8[index] == UInt8(ascii: ")") else {
            return nil
        }
        index = utf8.index(after: index)
        guard index != utf8.endIndex, utf8[index] == 0x20 else { return nil }
        let item = String(line[utf8.index(after: index)...])
        return item.isEmpty ? nil : item
    }
}
