/// Reads the theme pages and case stories in front of the region cards.
///
/// The scraped front matter is a run of pages. Each page opens with the publication's title (the
/// document's first line) and its standing lead paragraph; then come the page's title and paragraphs,
/// and then the menu again. The menu lists each theme as its name, a one-line lead ending in ">",
/// "Cases uit de onderwijsregio's" and region links ending in ">".
///
/// Navigation — the menu and its truncated copies ("nende gebieden", "Brede arbeid") — is told apart
/// from story text by what navigation is: links end in ">", and menu lines repeat on every page. A
/// page body ends at its first link or short repeated line, so fragments never become paragraphs.
///
/// A page is, in this order: a theme intro page when its title is a menu lead; a case of the current
/// theme when its title or first paragraph names one of the theme's unclaimed region links; the
/// introduction when its title is another link ("Inleiding"); otherwise an intro page whose title the
/// menu does not use, tied to the next menu theme by position, or a theme the menu lacks.
struct ThemePageExtractor: Sendable {
    init() {}

    /// Lines longer than this are paragraphs even when repeated.
    static let navigationMaxLength = 100

    /// Reads the pages of `document` before line `endLine` (the first card).
    func extract(_ document: SourceDocument, before endLine: Int) -> ThemePages {
        var lines: [Located<String>] = []
        // Lines numbered on from `firstNumber` (no `numbers`): those before `endLine` come first, and
        // the card lines after them are not read.
        let first = document.lines.firstNumber
        let read = document.lines.numbers == nil ? min(document.lines.count, max(0, endLine - first)) : document.lines.count
        // The lines' own iterator walks the bytes once; a prefix would find each line from its checkpoint.
        var position = 0
        var log = IssueLog()
        var markupSeen: [ThemeLineShape.Markup] = []
        for line in document.lines {
            guard position < read else { break }
            position += 1
            guard line.number < endLine else { continue }
            var text = NameFolding.collapseWhitespace(line.text)
            guard !text.isEmpty else { continue }
            let location = document.location(of: line)
            if let (canonical, markup) = ThemeLineShape.canonical(text) {
                // Each kind of markup once: the menu repeats on every page.
                if !markupSeen.contains(markup) {
                    markupSeen.append(markup)
                    log.record(Issue(.info, .themeMarkup, field: "themes", raw: text, result: canonical, at: location,
                                     "The theme pages print \(markup.rawValue) (\"\(text)\"): read as \"\(canonical)\", here and on every such line."))
                }
                text = canonical
            }
            lines.append(Located(text, at: location))
        }
        let claims = Self.themeCountClaims(in: lines)
        guard let header = lines.first?.value else {
            return ThemePages(themes: [], cases: [], countClaims: claims, issues: log)
        }
        // Each line's key once: pages, navigation tests and titles look them up by line.
        let keys = lines.map { Self.key($0.value) }
        var repeats: [String: Int] = [:]
        for key in keys { repeats[key, default: 0] += 1 }
        let linkKeys = Set(lines.indices.filter { lines[$0].value.hasSuffix(">") }.map { keys[$0] })
        func isNavigation(_ line: Int) -> Bool {
            let text = lines[line].value
            return text == header || text.hasSuffix(">")
                || (text.utf8.count <= Self.navigationMaxLength && repeats[keys[line], default: 0] >= 2)
        }

        var menu = Self.menu(lines)
        let leadKeys = menu.map { $0.lead.map(Self.key) }
        let linkFolds = menu.map { $0.caseLinks.map { NameFolding.fold($0.value) } }
        var claimedThemes = Set<Int>()
        var claimedLinks = Set<SourceLocation>()
        var extraThemes: [Theme] = []
        var cases: [CaseStory] = []
        var current: Int?  // index into menu, or -1 - index into extraThemes
        let starts = lines.indices.filter { lines[$0].value == header }
        if menu.isEmpty, starts.count >= 2 {
            log.record(Issue(.warning, .themeMenuMissing, field: "themes", raw: header, at: lines[starts[0]].location,
                             "The \(starts.count) theme pages have no menu the reader knows (a theme name, a lead and region links ending in \">\"): no page can be tied to a theme's cases, each is counted as a theme of its own."))
        }
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : lines.count
            guard start + 2 < end else { continue }
            let title = lines[start + 2]
            guard !title.value.hasSuffix(">") else { continue }  // a menu page: its "title" is a link
            var body: [Located<String>] = []
            for line in (start + 3)..<end {
                if isNavigation(line) { break }
                body.append(lines[line])
            }
            let titleKey = keys[start + 2]
            // 1. A theme intro page: the title is a menu lead.
            if let t = menu.indices.first(where: { !claimedThemes.contains($0) && leadKeys[$0] == titleKey }) {
                claimedThemes.insert(t)
                menu[t].title = title
                menu[t].paragraphs = body
                current = t
                continue
            }
            // 2. A case of the current theme: it names one of the theme's region links.
            if let t = current, t >= 0 {
                let searched = ([title.value] + body.prefix(1).map(\.value)).map(NameFolding.fold)
                let found = menu[t].caseLinks.indices.first { k in
                    !claimedLinks.contains(menu[t].caseLinks[k].location)
                        && searched.contains { ASCIIFastPath.foldedContains($0, linkFolds[t][k]) }
                }
                if let found {
                    let link = menu[t].caseLinks[found]
                    claimedLinks.insert(link.location)
                    cases.append(CaseStory(theme: menu[t].displayName, title: title,
                                           mention: RegionMention(kind: .themeCase, asListed: link.value, location: link.location),
                                           paragraphs: body))
                    continue
                }
            }
            // 3. The introduction or another linked page: not a theme.
            if linkKeys.contains(titleKey) { continue }
            // 4. An intro page the menu words differently: the next menu theme, else a theme the menu lacks.
            if let t = menu.indices.first(where: { !claimedThemes.contains($0) }) {
                claimedThemes.insert(t)
                menu[t].title = title
                menu[t].paragraphs = body
                current = t
                log.record(Issue(.info, .themeMatchedByPosition, field: "themes", raw: title.value, result: menu[t].displayName,
                                 at: title.location,
                                 "The intro page \"\(title.value)\" is not titled with a menu lead; tied by position to the next menu theme, \"\(menu[t].displayName)\" (lead \"\(menu[t].lead ?? "")\")."))
            } else {
                extraThemes.append(Theme(name: nil, lead: nil, caseLinks: [], menuLocation: nil, title: title, paragraphs: body))
                current = -extraThemes.count
                log.record(Issue(.info, .themeNotInMenu, field: "themes", raw: title.value, at: title.location,
                                 "The intro page \"\(title.value)\" has no entry in the menu (and no case links); counted as a theme of its own."))
            }
        }
        for theme in menu {
            for link in theme.caseLinks where !claimedLinks.contains(link.location) {
                log.record(Issue(.warning, .themeCaseMissing, field: "cases", raw: link.value, at: link.location,
                                 "The menu links \"\(link.value)\" under \"\(theme.displayName)\", but no case page names it."))
            }
        }
        return ThemePages(themes: menu + extraThemes, cases: cases, countClaims: claims, issues: log)
    }

    /// The menu's themes, each from its first complete entry: a name, a lead ending in ">",
    /// "Cases uit de onderwijsregio's", then the region links ending in ">".
    static func menu(_ lines: [Located<String>]) -> [Theme] {
        var themes: [Theme] = []
        var seen = Set<String>()
        var k = 0
        while k + 3 < lines.count {
            let name = lines[k], lead = lines[k + 1], cases = lines[k + 2]
            guard !name.value.hasSuffix(">"), lead.value.hasSuffix(">"),
                  NameFolding.fold(cases.value).hasPrefix("casesuitdeonderwijsregio") else { k += 1; continue }
            var links: [Located<String>] = []
            var j = k + 3
            while j < lines.count, lines[j].value.hasSuffix(">") {
                links.append(Located(stripLink(lines[j].value), at: lines[j].location))
                j += 1
            }
            if !links.isEmpty, seen.insert(NameFolding.fold(name.value)).inserted {
                themes.append(Theme(name: name.value, lead: stripLink(lead.value), caseLinks: links, menuLocation: name.location))
            }
            k = j
        }
        return themes
    }

    /// A link's text without its trailing ">": "Zeeland >" → "Zeeland".
    static func stripLink(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == ">" || last == " " { text = text.dropLast() }
        return String(text)
    }

    /// The form in which navigation lines are compared: link mark and final full stop dropped, folded.
    /// (For the text `NameFolding.bytewiseFold` folds that is the fold itself: the marks dropped fold away.)
    static func key(_ text: String) -> String {
        NameFolding.bytewiseFold(text) ?? slowKey(text)
    }

    /// `key` without the shortcut (the tests compare the two).
    static func slowKey(_ text: String) -> String {
        var text = Substring(stripLink(text))
        while text.last == "." { text = text.dropLast() }
        return NameFolding.fold(String(text))
    }

    /// `themeCountClaims(in:at:)` of every line, in order. Every page repeats the publication's
    /// standing paragraphs, so each distinct text is read once and its numbers reused.
    static func themeCountClaims(in lines: [Located<String>]) -> [Located<Int>] {
        // Keyed by the bytes: `String` equality would also take a differently normalised text for the same.
        var numbers: [LineBytes: [Int]] = [:]
        var claims: [Located<Int>] = []
        for line in lines where mayHoldThemeCountClaim(line.value) {
            let bytes = LineBytes(Array(line.value.utf8))
            let found = numbers[bytes] ?? wordClaims(in: line.value, at: line.location).map(\.value)
            numbers[bytes] = found
            claims += found.map { Located($0, at: line.location) }
        }
        return claims
    }

    /// "vijf thema's", "6 thema's" in `text` (number words: `DutchNumberWords`).
    static func themeCountClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        // Every claim has "thema's" or "thema’s" in the lower-cased text, so in the bytes ignoring
        // ASCII case: a byte test rules out nearly every line before lower-casing and splitting it.
        mayHoldThemeCountClaim(text) ? wordClaims(in: text, at: location) : []
    }

    /// A byte test every line holding a theme count claim passes: "thema's" or "thema’s" in it, ignoring ASCII case.
    static func mayHoldThemeCountClaim(_ text: String) -> Bool {
        // From the rare apostrophes (`memchr`) back to "thema": two byte-by-byte passes over every paragraph cost ten times more.
        var text = text
        return text.withUTF8 { bytes in
            var found = false
            PublicationExtractor.forEachApostrophe(in: bytes) { a, length in
                found = a >= 5 && a + length < bytes.count && ASCIIFastPath.lowercase(bytes[a + length]) == UInt8(ascii: "s")
                    && ASCIIFastPath.mayContainLowercased(UnsafeBufferPointer(rebasing: bytes[(a - 5)..<a]), "thema")
                return !found
            }
            return found
        }
    }

    /// A line's UTF-8 bytes as a dictionary key, hashed in one call: an array of bytes is hashed byte by byte.
    struct LineBytes: Hashable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// `themeCountClaims` without the byte test (the tests check that the test loses no claim).
    static func wordClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        var copy = text
        return copy.withUTF8 { spacedWordClaims($0, at: location) } ?? characterWordClaims(in: text, at: location)
    }

    /// `characterWordClaims` from the bytes, when every space stands alone (`SeparatorBytes`): then the
    /// words split at the spaces are the `Character` words, and only the word before a claim word is
    /// lower-cased (lower-casing and splitting the whole paragraph cost a hundred times more).
    /// Nil for any other text. Only ASCII letters lower-case to "thema's", so a word that does not
    /// start so in ASCII (any case) is none.
    static func spacedWordClaims(_ bytes: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> [Located<Int>]? {
        let n = bytes.count
        for i in 0..<n where bytes[i] == 0x20 && !SeparatorBytes.standsAlone(bytes, at: i) { return nil }
        func word(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased() }
        var claims: [Located<Int>] = []
        var previous: Range<Int>?
        var i = 0
        while i < n {
            if bytes[i] == 0x20 { i += 1; continue }
            var j = i + 1
            while j < n, bytes[j] != 0x20 { j += 1 }
            if let before = previous, j - i >= 7, ASCIIFastPath.mayContainLowercased(UnsafeBufferPointer(rebasing: bytes[i..<(i + 5)]), "thema"),
               bytes[i + 5] == UInt8(ascii: "'") || bytes[i + 5] == 0xE2 {
                let current = word(i..<j)
                if current.hasPrefix("thema's") || current.hasPrefix("thema’s") {
                    let number = word(before)
                    if let value = DutchNumberWords.value(number) ?? Int(number) { claims.append(Located(value, at: location)) }
                }
            }
            previous = i..<j
            i = j
        }
        return claims
    }

    /// `wordClaims` on the `Character`s of the lower-cased text: the definition, for any text.
    static func characterWordClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        let words = text.lowercased().split(separator: " ").map(String.init)
        var claims: [Located<Int>] = []
        for (w, word) in words.enumerated() where w > 0 && (word.hasPrefix("thema's") || word.hasPrefix("thema’s")) {
            if let number = DutchNumberWords.value(words[w - 1]) ?? Int(words[w - 1]) { claims.append(Located(number, at: location)) }
        }
        return claims
    }
}
