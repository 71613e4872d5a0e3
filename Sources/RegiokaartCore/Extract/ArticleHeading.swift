/// How the voorlopers article's part-of-the-country headings are recognised: by what they say, not
/// only by the ":" the July 2023 article ends them with.
///
/// A line is a heading, by the first rule that holds:
/// 1. `markup`: a line marked as a heading in markdown ("## Noord-Nederland", "**Noord-Nederland**",
///    "__West-Nederland:__"), its markup and any ":" dropped;
/// 2. `colon`: a short line ending in ":" ("Noord-Nederland:"), the article's own form;
/// 3. `listItem`: a list line of one item ending in ":" (a nested HTML list's outer item);
/// 4. `landsdeel`: the name of a part of the country on its own ("Noord-Nederland", "Landelijk");
/// 5. `beforeList`: a short line that is no sentence, straight before a list item.
/// A line carrying a sector tag is never a heading ("Midden-Nederland (po/vo/mbo)" is a voorloper).
enum ArticleHeading {
    /// Which rule read the heading (every rule but `colon` is reported as `voorloper.heading_form`).
    enum Form: String {
        case colon, markup, listItem, landsdeel, beforeList

        /// Why the line is a heading, as findings say it.
        var reason: String {
            switch self {
            case .colon: "a short line ending in \":\""
            case .markup: "marked as a heading or in bold"
            case .listItem: "a list item ending in \":\" before the list"
            case .landsdeel: "the name of a part of the country"
            case .beforeList: "a short line straight before a list"
            }
        }
    }

    /// The longest heading, in bytes.
    static let maxLength = 40

    /// The parts of the country the article groups voorlopers by, folded (`NameFolding.fold`).
    /// "Landelijk" is the one `RegionMention.isNational` reads as national.
    static let landsdelen: Set<String> = [
        "noordnederland", "oostnederland", "middennederland", "westnederland", "zuidnederland", "noordwestnederland",
        "noordoostnederland", "zuidwestnederland", "zuidoostnederland", "randstad", "caribischnederland", "landelijk",
    ]

    /// Markdown that marks a line as a heading: an opening and the closing it needs ("" for none).
    static let markup: [(open: String, close: String)] = [
        ("###### ", ""), ("##### ", ""), ("#### ", ""), ("### ", ""), ("## ", ""), ("# ", ""), ("**", "**"), ("__", "__"),
    ]

    /// The heading `text` (a collapsed, non-empty line; `items` its list items when it has a list
    /// marker) is, with the rule that read it; nil when it is none. `beforeList` tells whether the
    /// next non-blank line is a list item. A list line is a heading only by markup or as one item
    /// ending in ":".
    static func heading(_ text: String, items: [String]?, beforeList: Bool) -> (name: String, form: Form)? {
        if let inner = withoutMarkup(text) {
            let name = withoutColon(inner)
            guard !name.isEmpty, name.utf8.count <= maxLength, !hasTag(name) else { return nil }
            return (name, .markup)
        }
        if let items {
            guard items.count == 1, let item = items.first, item.hasSuffix(":"), item.utf8.count <= maxLength, !hasTag(item) else { return nil }
            return (withoutColon(item), .listItem)
        }
        if text.hasSuffix(":"), text.utf8.count <= maxLength {
            return (ASCIIFastPath.trimmingWhitespaces(String(text.dropLast())), .colon)
        }
        guard text.utf8.count <= maxLength, !hasTag(text) else { return nil }
        let name = withoutColon(text)
        if landsdelen.contains(NameFolding.fold(name)) { return (name, .landsdeel) }
        if beforeList, let last = name.last, !".!?,;".contains(last), !name.isEmpty { return (name, .beforeList) }
        return nil
    }

    /// The text inside a line's heading markup, or nil when it has none.
    static func withoutMarkup(_ text: String) -> String? {
        // Most lines open with a letter or a bullet: only "#", "*" and "_" can open markup.
        guard let first = text.utf8.first, first == UInt8(ascii: "#") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else {
            return nil
        }
        for (open, close) in markup where text.hasPrefix(open) && text.hasSuffix(close) && text.count >= open.count + close.count + 1 {
            var inner = String(text.dropFirst(open.count).dropLast(close.count))
            // "## **Noord-Nederland**", "**Noord-Nederland**:" and the like.
            inner = withoutMarkup(NameFolding.collapseWhitespace(inner)) ?? inner
            return NameFolding.collapseWhitespace(inner)
        }
        // "**Noord-Nederland**:": the colon after the markup.
        if text.hasSuffix(":"), let inner = withoutMarkup(String(text.dropLast())) { return inner }
        return nil
    }

    /// `text` without a trailing ":".
    private static func withoutColon(_ text: String) -> String {
        NameFolding.collapseWhitespace(text.hasSuffix(":") ? String(text.dropLast()) : text)
    }

    /// True when `text` carries a sector tag in any shape.
    private static func hasTag(_ text: String) -> Bool {
        VoorloperTagShape.split(text).tag != nil
    }
}
