/// Reads the voorlopers out of the article's non-blank lines, line by line, in the order of the rules:
///
/// 1. a line straight after an unfinished item (an open bracket, a trailing "en", "&", ",", "/" or
///    hyphen), or a line that is only a sector tag ("(po)", "– po"), continues that item
///    (`voorloper.joined_lines`);
/// 2. navigation ("Lees ook …", "Deel dit artikel", `ArticleNoise`) is skipped (`voorloper.skipped_line`
///    when a list is open);
/// 3. a heading (`ArticleHeading`) opens a part of the country (`voorloper.heading_form` unless it is
///    the article's own "Noord-Nederland:");
/// 4. a list line (`ArticleListMarker`: bullets, `<li>`, numbers) gives its items;
/// 5. under a heading whose list has no markers (one a line, `<br>`-separated), a name-like line is an
///    item when it carries a tag, is unfinished, is followed by its tag, or the list is already read so
///    (`voorloper.unmarked_items`, once a part);
/// 6. anything else is running text, skipped (`voorloper.skipped_line` when it is name-like and a list is open).
///
/// A voorloper listed again with the same name and sectors is kept once (`voorloper.duplicate`); an
/// item that ends unfinished and is not continued is read as printed (`voorloper.unfinished_item`).
struct VoorloperListReader {
    /// One non-blank line of the article, collapsed.
    struct Line {
        /// The line, whitespace collapsed.
        var text: String
        /// Where it is.
        var location: SourceLocation
        /// True when a blank line stands before it.
        var afterBlank: Bool
        /// Its list items, when it has a list marker.
        var items: [String]?
    }

    /// An item being read: it may go on on the next line.
    private struct Pending {
        /// The item as printed so far (continuations joined).
        var text: String
        /// Its first line.
        var location: SourceLocation
        /// The heading it is listed under.
        var landsdeel: String?
    }

    /// The longest line read as a list item or its continuation, in bytes.
    static let maxItemLength = 100

    /// The voorlopers read, in article order, duplicates left out.
    private(set) var voorlopers: [Voorloper] = []
    /// Every decision taken on the way.
    private(set) var log = IssueLog()
    /// The current part of the country.
    private var heading: String?
    /// Whether the current part's list has markers (nil before its first item).
    private var marked: Bool?
    /// Whether `voorloper.unmarked_items` was reported for the current part.
    private var unmarkedReported = false
    /// The item being read.
    private var pending: Pending?
    /// True from a list item until running text or a heading.
    private var listOpen = false
    /// Each voorloper read (folded name and canonical tag) and where it was first listed.
    private var seen: [String: SourceLocation] = [:]

    init() {}

    /// Reads `lines` (the article's non-blank lines, in order) into `voorlopers` and `log`.
    mutating func read(_ lines: [Line]) {
        for i in lines.indices { read(lines, at: i) }
        flush()
    }

    /// Reads line `i` of `lines` by the first rule that takes it (the next line decides some).
    private mutating func read(_ lines: [Line], at i: Int) {
        let line = lines[i]
        let next = i + 1 < lines.count ? lines[i + 1] : nil
        // 1. The rest of an unfinished item.
        if let item = pending, !line.afterBlank, Self.continues(item.text, with: line) {
            let joined = Self.join(item.text, line.text)
            log.record(Issue(.info, .voorloperJoinedLines, field: "voorloper", raw: line.text, result: joined, at: line.location,
                             "The line \"\(line.text)\" continues the voorloper \"\(item.text)\" of line \(item.location.line): read as \"\(joined)\"."))
            pending?.text = joined
            return
        }
        flush()
        // 2. Navigation.
        if ArticleNoise.isNoise(line.items?.first ?? line.text) || ArticleNoise.isNoise(line.text) {
            if listOpen || line.items != nil { skipped(line, "navigation, not a voorloper") }
            return
        }
        // 3. A heading.
        let beforeList = next.map { $0.items != nil && !ArticleNoise.isNoise($0.text) } ?? false
        // A landsdeel's name followed by its tag is a voorloper: "Midden-Nederland" / "(po/vo/mbo)".
        if let (name, form) = ArticleHeading.heading(line.text, items: line.items, beforeList: beforeList),
           !((form == .landsdeel || form == .beforeList) && Self.mayContinue(next)) {
            if form != .colon {
                log.record(Issue(.info, .voorloperHeadingForm, field: "landsdeel", raw: line.text, result: name, at: line.location,
                                 "The line \"\(line.text)\" is read as the heading \"\(name)\" (\(form.reason))."))
            }
            heading = name
            marked = nil
            unmarkedReported = false
            listOpen = false
            return
        }
        // 4. A list line.
        if let items = line.items {
            marked = true
            listOpen = true
            for item in items {
                flush()
                if VoorloperTagShape.isTagOnly(item) {
                    skipped(line, "a sector tag without a name")
                    continue
                }
                pending = Pending(text: item, location: line.location, landsdeel: heading)
            }
            return
        }
        // 5. An item of a list without markers.
        if heading != nil, marked != true, Self.isNameLike(line.text), VoorloperTagShape.bareTag(line.text) == nil,
           marked == false || VoorloperTagShape.split(line.text).tag != nil || Self.isUnfinished(line.text)
            || Self.mayContinue(next) {
            if !unmarkedReported {
                unmarkedReported = true
                log.record(Issue(.info, .voorloperUnmarkedItems, field: "voorloper", raw: line.text, result: heading,
                                 at: line.location,
                                 "The voorlopers under \"\(heading ?? "")\" have no list markers: \"\(line.text)\" and the name-like lines after it are read as voorlopers."))
            }
            marked = false
            listOpen = true
            pending = Pending(text: line.text, location: line.location, landsdeel: heading)
            return
        }
        // 6. Running text.
        if listOpen, Self.isNameLike(line.text) { skipped(line, "neither a voorloper nor a heading") }
        listOpen = false
    }

    /// Records the pending item as a voorloper (or as a duplicate), with its findings.
    private mutating func flush() {
        guard let item = pending else { return }
        pending = nil
        let mention = VoorloperTagShape.mention(item.text, landsdeel: item.landsdeel, location: item.location)
        let key = NameFolding.fold(mention.name) + "|" + (mention.tag?.canonicalText ?? "")
        if let first = seen[key] {
            log.record(Issue(.warning, .voorloperDuplicate, field: "voorloper", raw: item.text, result: "line \(first.line)", at: item.location,
                             "\"\(item.text)\" is listed again (first on line \(first.line)): kept once."))
            return
        }
        seen[key] = item.location
        if Self.isUnfinished(item.text) {
            log.record(Issue(.warning, .voorloperUnfinishedItem, field: "voorloper", raw: item.text, result: mention.name, at: item.location,
                             "\"\(item.text)\" ends as if it goes on (an open bracket, \"en\", \"&\", a hyphen), but no line continues it: read as printed."))
        }
        if item.landsdeel == nil {
            log.record(Issue(.warning, .voorloperOutsideSection, field: "voorloper", raw: item.text, at: item.location,
                             "\"\(item.text)\" is listed before any part-of-the-country heading; read without one."))
        }
        if let tag = mention.tag, !tag.hasCanonicalSpelling {
            log.record(Issue(.info, .voorloperTagSpelling, field: "sectors", raw: tag.text, result: tag.canonicalText,
                             at: item.location, "The tag \(tag.text) of \"\(mention.name)\" is read as \(tag.canonicalText)."))
        }
        voorlopers.append(Voorloper(mention: mention))
    }

    /// Reports `line` as skipped inside a list, saying `why`.
    private mutating func skipped(_ line: Line, _ why: String) {
        log.record(Issue(.info, .voorloperSkippedLine, field: "voorloper", raw: line.text, result: "skipped", at: line.location,
                         "The line \"\(line.text)\" inside a voorlopers list was skipped: \(why)."))
    }

    // MARK: - The rules on one line

    /// True when `line` goes on with the item `text`: it is only a sector tag, or `text` is unfinished
    /// and the line is a name-like line with no list marker, heading or navigation.
    static func continues(_ text: String, with line: Line) -> Bool {
        if VoorloperTagShape.bareTag(line.text) != nil { return !hasTag(text) }
        // A name never opens with a bracket: "Noorderwijzer" / "(Drenthe+) (vo/mbo)".
        if line.items == nil, opensWithBracket(line.text), isNameLike(line.text) { return true }
        guard line.items == nil, isUnfinished(text), isNameLike(line.text), !ArticleNoise.isNoise(line.text) else { return false }
        return ArticleHeading.heading(line.text, items: nil, beforeList: false) == nil
    }

    /// True when an item cannot end so: an open bracket, or a last word or character that joins
    /// ("en", "of", "&", ",", "/", a hyphen).
    static func isUnfinished(_ text: String) -> Bool {
        if text.filter({ $0 == "(" }).count > text.filter({ $0 == ")" }).count { return true }
        if text.filter({ $0 == "[" }).count > text.filter({ $0 == "]" }).count { return true }
        guard let last = text.last else { return false }
        if "-–—&,/(".contains(last) { return true }
        let lastWord = text.split(separator: " ").last.map { $0.lowercased() }
        return lastWord == "en" || lastWord == "of"
    }

    /// `text` and its continuation `next`: glued after "/", a bracket or a hyphen that ends a word
    /// ("Brabant-" + "Midden"), else with a space.
    static func join(_ text: String, _ next: String) -> String {
        guard let last = text.last else { return next }
        let glued = last == "/" || last == "(" || last == "[" || (last == "-" && text.dropLast().last.map { $0 != " " } == true)
        return text + (glued ? "" : " ") + next
    }

    /// True for a line short enough for a list item that reads like no sentence.
    static func isNameLike(_ text: String) -> Bool {
        guard text.utf8.count <= maxItemLength, let last = text.last else { return false }
        return !".!?:;".contains(last) && !text.contains(". ")
    }

    /// True when `text` carries a sector tag in any shape.
    /// True when `text` carries a sector tag in any shape.
    private static func hasTag(_ text: String) -> Bool { VoorloperTagShape.split(text).tag != nil }

    /// True when `text` opens with "(" or "[": the rest of an item (its tag, a parenthetical), never its start.
    static func opensWithBracket(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "(") || text.utf8.first == UInt8(ascii: "[")
    }

    /// True when `line` may be the rest of the line before it: it follows it directly and is a tag or
    /// opens with a bracket.
    static func mayContinue(_ line: Line?) -> Bool {
        guard let line, !line.afterBlank else { return false }
        return opensWithBracket(line.text) || VoorloperTagShape.bareTag(line.text) != nil
    }
}
