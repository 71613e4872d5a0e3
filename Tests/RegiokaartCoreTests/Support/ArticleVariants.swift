/// A seeded generator of renderings of the real voorlopers article: the same 27 voorlopers under the
/// same headings, printed the ways another page, a mail or a hurried editor plausibly prints them.
///
/// It finds the article's structure by its own simple reading (independent of the extractor under
/// test): a heading is a short line ending in ":", an item a line starting with "•", every other line
/// is text.
struct ArticleVariants {
    /// One part of the article, in order.
    enum Part: Equatable {
        /// A line of running text (or a blank line), printed as it is.
        case text(String)
        /// A part-of-the-country heading, without its ":".
        case heading(String)
        /// A list item: its name and its tag's inside ("Zeeland", "po/vo/mbo"); a nil tag when none.
        case item(name: String, tag: String?)
    }

    /// One way of rendering the article differently.
    enum Kind: String, CaseIterable, CustomStringConvertible {
        /// Items broken over two lines after "en", "&", a hyphen, inside the tag or before it.
        case itemsSplitOverLines
        /// Tags as "– po", "- po/vo", "[po/vo]", "(po-vo-mbo)", "(PO, VO)".
        case tagShapes
        /// Headings as "**Noord-Nederland**", "## Noord-Nederland", "Noord-Nederland" (no colon).
        case headingMarkup
        /// Items numbered "1. Zeeland", "2) Rotterdam" (each section from 1).
        case numberedItems
        /// Items with no marker at all, one a line (a `<br>`-separated list as text).
        case unmarkedItems
        /// One item listed twice.
        case duplicateItem
        /// "Lees ook …" and share buttons after a section's list, as plain lines and as bullets.
        case navigationNoise
        /// The count written in words: "zevenentwintig voorlopers".
        case countInWords

        var description: String { rawValue }
    }

    let parts: [Part]

    init(text: String) {
        var parts: [Part] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("•") {
                var body = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
                var tag: String?
                if body.hasSuffix(")"), let open = body.lastIndex(of: "(") {
                    tag = String(body[body.index(after: open)..<body.index(before: body.endIndex)])
                    body = String(body[..<open]).trimmingCharacters(in: .whitespaces)
                }
                parts.append(.item(name: body, tag: tag))
            } else if line.hasSuffix(":"), line.utf8.count <= 40 {
                parts.append(.heading(String(line.dropLast())))
            } else {
                parts.append(.text(String(raw)))
            }
        }
        self.parts = parts
    }

    /// Indices of the items in `parts`.
    var itemIndices: [Int] { parts.indices.filter { if case .item = parts[$0] { true } else { false } } }

    /// The article as text with `kinds` applied, seeded by `seed`.
    func render(_ kinds: Set<Kind>, seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        var parts = self.parts
        if kinds.contains(.duplicateItem) {
            let items = itemIndices
            let pick = items.randomElement(using: &rng)!
            // Listed again right after itself or after a later item (the first listing is the one kept).
            let target = items.filter { $0 >= pick }.randomElement(using: &rng)! + 1
            parts.insert(parts[pick], at: target)
        }
        var out: [String] = []
        var number = 0
        for (p, part) in parts.enumerated() {
            switch part {
            case .text(let line):
                out.append(kinds.contains(.countInWords) ? Self.countInWords(line, &rng) : line)
                if kinds.contains(.navigationNoise), line.isEmpty, p > 0, case .item = parts[p - 1], Bool.random(using: &rng) {
                    out += Self.noise(&rng)
                }
            case .heading(let name):
                number = 0
                out.append(kinds.contains(.headingMarkup) ? Self.heading(name, &rng) : name + ":")
            case .item(let name, let tag):
                number += 1
                let marker: String
                if kinds.contains(.unmarkedItems) {
                    marker = ""
                } else if kinds.contains(.numberedItems) {
                    marker = " \(number)" + [". ", ") ", ".\t"].randomElement(using: &rng)!
                } else {
                    marker = " • "
                }
                var tagText = tag.map { " (\($0))" } ?? ""
                if kinds.contains(.tagShapes), let tag { tagText = Self.tagShape(tag, &rng) }
                let text = name + tagText
                if kinds.contains(.itemsSplitOverLines), let (first, second) = Self.split(text, &rng) {
                    out.append(marker + first)
                    out.append(String(repeating: " ", count: marker.count) + second)
                } else {
                    out.append(marker + text)
                }
            }
        }
        return out.joined(separator: "\n")
    }

    /// The article as an HTML page: headings as `<h3>` (with or without ":"), each section's items a
    /// `<ul>`/`<ol>` of `<li>`, or one `<p>` of `<br>`-separated lines after a `<strong>` heading.
    func html(brSeparated: Bool, ordered: Bool = false) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var out = ["<!DOCTYPE html>", "<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Nieuws</title></head>", "<body><article>"]
        var open: String?
        func close() {
            if let tag = open { out.append(tag == "p" ? "</p>" : "</\(tag)>") }
            open = nil
        }
        for part in parts {
            switch part {
            case .text(let line):
                close()
                if !line.trimmingCharacters(in: .whitespaces).isEmpty { out.append("<p>\(escape(line))</p>") }
            case .heading(let name):
                close()
                if brSeparated {
                    out.append("<p><strong>\(escape(name)):</strong>")
                    open = "p"
                } else {
                    out.append("<h3>\(escape(name))</h3>")
                    out.append(ordered ? "<ol>" : "<ul>")
                    open = ordered ? "ol" : "ul"
                }
            case .item(let name, let tag):
                let text = escape(name + (tag.map { " (\($0))" } ?? ""))
                out.append(brSeparated ? "<br>\(text)" : "<li>\(text)</li>")
            }
        }
        close()
        out += ["</article></body></html>", ""]
        return out.joined(separator: "\n")
    }

    // MARK: - The renderings

    /// "27 voorlopers" → "zevenentwintig voorlopers", at random capitalised ("Zevenentwintig"); other digits stay.
    static func countInWords(_ line: String, _ rng: inout SeededGenerator) -> String {
        line.replacingOccurrences(of: "27 ", with: Bool.random(using: &rng) ? "zevenentwintig " : "Zevenentwintig ")
    }

    /// A heading in markup: markdown bold or heading, with or without its colon.
    static func heading(_ name: String, _ rng: inout SeededGenerator) -> String {
        ["**\(name)**", "## \(name)", name, "**\(name):**", "### \(name):", "__\(name)__", " \(name) "].randomElement(using: &rng)!
    }

    /// The tag's inside printed another way: dashed after the name, in square brackets, hyphenated, in capitals.
    static func tagShape(_ inner: String, _ rng: inout SeededGenerator) -> String {
        let codes = inner.split(whereSeparator: { "/, ".contains($0) }).map(String.init)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return " – " + inner
        case 1: return " - " + codes.joined(separator: "/")
        case 2: return " [\(inner)]"
        case 3: return " (\(codes.joined(separator: "-")))"
        case 4: return " (\(codes.joined(separator: ", ").uppercased()))"
        default: return " (\(inner))"
        }
    }

    /// The item's text broken in two where a narrow column or a hurried editor breaks it: after "en"
    /// or "&", after a hyphen, inside the tag after a "/", or before the tag. Nil to leave it whole.
    static func split(_ text: String, _ rng: inout SeededGenerator) -> (String, String)? {
        var cuts: [(String, String)] = []
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for w in words.indices.dropLast() where ["en", "&"].contains(words[w]) {
            cuts.append((words[...w].joined(separator: " "), words[(w + 1)...].joined(separator: " ")))
        }
        if let hyphen = text.firstIndex(of: "-"), text[text.index(after: hyphen)...].first?.isUppercase == true {
            cuts.append((String(text[...hyphen]), String(text[text.index(after: hyphen)...])))
        }
        if let open = text.lastIndex(of: "("), let slash = text[open...].firstIndex(of: "/") {
            cuts.append((String(text[...slash]), String(text[text.index(after: slash)...])))
        }
        if let open = text.lastIndex(of: "("), open > text.startIndex {
            cuts.append((String(text[..<open]).trimmingCharacters(in: .whitespaces), String(text[open...])))
        }
        guard !cuts.isEmpty, Int.random(in: 0..<3, using: &rng) > 0 else { return nil }
        return cuts.randomElement(using: &rng)!
    }

    /// Navigation after a list: "Lees ook" links and share buttons, as plain lines or as bullets.
    static func noise(_ rng: inout SeededGenerator) -> [String] {
        let lines = ["Lees ook: Lerarentekort: zo pakken de regio’s het aan", "Deel dit artikel", "Delen via LinkedIn",
                     "Delen via X", "Delen via Facebook", "Lees ook", "Bekijk ook", "Delen via e-mail", "Deel dit bericht"]
        let marker = [" • ", "- ", "", "* "].randomElement(using: &rng)!
        return (0..<Int.random(in: 1...3, using: &rng)).map { _ in marker + lines.randomElement(using: &rng)! } + [""]
    }
}
