/// A seeded generator of renderings of the real publication: the same content with the damage and
/// the layout changes a redesigned page or a hurried editor plausibly brings.
///
/// It finds the publication's structure by its own simple reading (independent of the extractor
/// under test): a figure is a number line followed by its label lines, a card's name is the line(s)
/// before its first figure, its area items are the bullet lines after "Verzorgingsgebied".
struct PublicationVariants {
    /// One figure of a card: its value line and its label lines (indices into `lines`).
    struct Figure {
        var value: Int
        var labels: [Int]
    }

    /// One card: its name lines and its five figures.
    struct Card {
        var name: [Int]
        var figures: [Figure]
    }

    /// The publication's lines (without line ends) and its cards.
    let lines: [String]
    let cards: [Card]
    /// The lines that are area list items ("- Aalten").
    let areaItems: Set<Int>
    /// The lines that head an area list ("Verzorgingsgebied").
    let areaHeadings: Set<Int>
    /// Each list's item lines, in order, by the line of its heading.
    let areaLists: [Int: [Int]]
    /// Each item line's list heading and position in its list.
    let itemPlaces: [Int: (heading: Int, position: Int)]
    /// The lines that continue an item broken over lines ("- Leidschendam-" / "Voorburg").
    var continuations: Set<Int> {
        var found = Set<Int>()
        for item in areaItems {
            var next = item + 1
            while next < lines.count, !lines[next].isEmpty, !areaItems.contains(next), !lines[next].hasPrefix("[") { found.insert(next); next += 1 }
        }
        return found
    }
    /// The closing-link lines ("[TERUG NAAR PO KAART >](#)").
    let terminators: Set<Int>

    init(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.lines = lines
        func isValue(_ s: String) -> Bool { s.range(of: #"^\d{1,3}(\.\d{3})*$"#, options: .regularExpression) != nil }
        func nextNonBlank(_ i: Int) -> Int? { (i..<lines.count).first { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty } }
        func isLabelStart(_ s: String) -> Bool { s.hasPrefix("Aantal") || s.hasPrefix("Aangesloten") }
        var found: [Card] = []
        var items = Set<Int>()
        var headings = Set<Int>()
        var lists: [Int: [Int]] = [:]
        var places: [Int: (heading: Int, position: Int)] = [:]
        var terminators = Set<Int>()
        var heading: Int?
        var current: Card?
        var inArea = false
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if isValue(line), let next = nextNonBlank(i + 1), isLabelStart(lines[next]) {
                var labels: [Int] = []
                var k = next
                while k < lines.count, !lines[k].isEmpty { labels.append(k); k += 1 }
                if current == nil {
                    var name: [Int] = []
                    var p = i - 1
                    while p >= 0, name.count < 2 {
                        if lines[p].isEmpty { p -= 1; continue }
                        name.insert(p, at: 0)
                        if !lines[p].hasPrefix("(") { break }
                        p -= 1
                    }
                    current = Card(name: name, figures: [])
                }
                current!.figures.append(Figure(value: i, labels: labels))
                i = k
                continue
            }
            if line == "Verzorgingsgebied" { inArea = true; heading = i; headings.insert(i); lists[i] = [] }
            if line.hasPrefix("[TERUG") {
                terminators.insert(i)
                if let card = current { found.append(card) }
                current = nil
                inArea = false
            }
            if inArea, line.hasPrefix("- ") || line.hasPrefix("• "), let heading {
                items.insert(i)
                places[i] = (heading, lists[heading]!.count)
                lists[heading]!.append(i)
            }
            if line.hasPrefix("Thema:") { inArea = false }
            i += 1
        }
        cards = found
        areaItems = items
        areaHeadings = headings
        areaLists = lists
        itemPlaces = places
        self.terminators = terminators
    }

    /// The names of the area list under `heading` as a one-line list prints them: each item, with
    /// a name the column broke over lines ("- Leidschendam-" / "Voorburg", "- Hardinxveld-Giessen-" /
    /// "dam", or "- Leidschendam-" / "- Voorburg") joined as one.
    func areaNames(of heading: Int) -> [String] {
        var names: [String] = []
        var joinNext = false
        for item in areaLists[heading, default: []] {
            var name = String(lines[item].dropFirst(2))
            if joinNext, let last = names.popLast() { name = last + name }
            var next = item + 1
            while next < lines.count, !lines[next].isEmpty, !areaItems.contains(next), !lines[next].hasPrefix("[") {
                let part = lines[next]
                name = name.hasSuffix("-") ? (part.first!.isLowercase ? String(name.dropLast()) + part : name + part) : name + " " + part
                next += 1
            }
            joinNext = name.hasSuffix("-")
            names.append(name)
        }
        return names
    }

    /// A variant: the publication rewritten figure by figure and line by line.
    ///
    /// `figure` renders one figure (value text, label lines) as lines; `line` rewrites any other
    /// line (return nil to drop it, several lines to split it). Both get the card index.
    func render(figure: (_ card: Int, _ slot: Int, _ value: String, _ labels: [String]) -> [String],
                line: (_ index: Int, _ text: String) -> [String]? = { [$1] }) -> String {
        var figureAt: [Int: (card: Int, slot: Int, figure: Figure)] = [:]
        for (c, card) in cards.enumerated() {
            for (s, f) in card.figures.enumerated() { figureAt[f.value] = (c, s, f) }
        }
        var out: [String] = []
        var i = 0
        while i < lines.count {
            if let (c, s, f) = figureAt[i] {
                out += figure(c, s, lines[f.value], f.labels.map { lines[$0] })
                i = (f.labels.last ?? f.value) + 1
                continue
            }
            if let replaced = line(i, lines[i]) { out += replaced }
            i += 1
        }
        return out.joined(separator: "\n")
    }

    /// The original figure layout: value, blank line, label lines.
    static func original(_ value: String, _ labels: [String]) -> [String] { [value, ""] + labels }

    /// `value` with its dot separators replaced by `separator`.
    static func regroup(_ value: String, _ separator: String) -> String {
        value.replacingOccurrences(of: ".", with: separator)
    }
}
