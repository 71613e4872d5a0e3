/// Renders report blocks as Markdown (`report.md`). Data is escaped (`ReportWriter.escape`), and no
/// line is longer than `maxLine` characters: the longest plain part of a longer line is cut (with
/// "…"); the full text is in `issues.csv`.
struct MarkdownReportRenderer {
    static let maxLine = 300

    func render(_ blocks: [ReportBlock]) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                out += String(repeating: "#", count: level) + " " + line([.plain(text)], prefix: "") + "\n\n"
            case .paragraph(let texts):
                out += line(texts, prefix: "") + "\n\n"
            case .list(let items):
                for item in items {
                    out += line(item.text, prefix: "- ") + "\n"
                    for child in item.children { out += line(child, prefix: "  - ") + "\n" }
                }
                out += "\n"
            case .table(let header, let rows):
                out += line(header.map { .plain($0) }, prefix: "| ", separator: " | ", suffix: " |") + "\n"
                out += "|" + String(repeating: "---|", count: header.count) + "\n"
                for row in rows { out += line(row.map { .plain($0) }, prefix: "| ", separator: " | ", suffix: " |") + "\n" }
                out += "\n"
            case .map(let sector, _):
                out += "![Coverage map, \(sector.rawValue)](maps/\(sector.rawValue).svg)\n\n"
            }
        }
        return out
    }

    /// One line: `texts` rendered between `prefix` and `suffix`, cut to `maxLine` characters.
    func line(_ texts: [ReportText], prefix: String, separator: String = "", suffix: String = "") -> String {
        var texts = texts
        // Each part rendered once, and again only when it is cut.
        var parts = texts.map(inline)
        var rendered = prefix + parts.joined(separator: separator) + suffix
        // No more characters than UTF-8 bytes: most lines are short enough without counting them.
        if rendered.utf8.count <= Self.maxLine { return rendered }
        // Counted once per round (a long line's count walks all its characters), each part's weight once per cut.
        var length = rendered.count
        var weights = texts.map(weight)
        var rounds = 0
        while length > Self.maxLine, rounds < 8 {
            rounds += 1
            // Cut the longest part (plain text first: code spans are short identifiers).
            guard let longest = weights.indices.max(by: { weights[$0] < weights[$1] }) else { break }
            let text = texts[longest].text
            let keep = max(1, text.count - (length - Self.maxLine) - 2)
            let cut = String(text.prefix(keep)) + "…"
            switch texts[longest] {
            case .plain: texts[longest] = .plain(cut)
            case .code: texts[longest] = .code(cut)
            case .strong: texts[longest] = .strong(cut)
            }
            parts[longest] = inline(texts[longest])
            weights[longest] = weight(texts[longest])
            rendered = prefix + parts.joined(separator: separator) + suffix
            length = rendered.count
        }
        return rendered
    }

    fileprivate func weight(_ text: ReportText) -> Int {
        if case .plain(let s) = text { return s.count * 4 }
        return text.text.count
    }

    func inline(_ text: ReportText) -> String {
        switch text.flattened {
        case .plain(let s): ReportWriter.escapeMarkdown(s)
        case .code(let s): Self.holdsBacktickOrNewline(s) ? ReportWriter.escapeMarkdown(s) : "`\(s)`"
        case .strong(let s): s.isEmpty ? "" : "**\(ReportWriter.escapeMarkdown(s))**"
        }
    }

    /// Whether a code span's text holds a backtick or a line break (then it is written as plain
    /// escaped text). The bytes first: a text without the byte holds no such character.
    static func holdsBacktickOrNewline(_ s: String) -> Bool {
        (s.utf8.contains(UInt8(ascii: "`")) && s.contains("`"))
            || (ReportText.mayHoldNewline(s) && s.contains(where: \.isNewline))
    }
}

extension ReportText {
    /// The text with line breaks turned into spaces: a Markdown line must stay one line.
    var flattened: ReportText {
        guard Self.mayHoldNewline(text), text.contains(where: \.isNewline) else { return self }
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        switch self {
        case .plain: return .plain(flat)
        case .code: return .code(flat)
        case .strong: return .strong(flat)
        }
    }

    /// False when `text` surely holds no newline character: none of the scalars that make one
    /// (`Character.isNewline`: U+000A–U+000D, U+0085 as C2 85, U+2028 and U+2029 as E2 80 A8/A9).
    /// A byte scan, not a walk over the text's characters: most report texts have no line break.
    /// On the contiguous bytes: walking the `UTF8View` index by index was a seventh of rendering `report.md`.
    static func mayHoldNewline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var (before, last): (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if (0x0A...0x0D).contains(byte) || (last == 0xC2 && byte == 0x85)
                    || (before == 0xE2 && last == 0x80 && (byte == 0xA8 || byte == 0xA9)) { return true }
                (before, last) = (last, byte)
            }
            return false
        }
    }
}
