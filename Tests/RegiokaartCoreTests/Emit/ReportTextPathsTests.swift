import Foundation
import Testing
@testable import RegiokaartCore

/// The report's text helpers work on bytes where that gives the same result as on characters
/// (`MarkupEscape`, `ReportWriter.escapeMarkdown`, `ReportContext.municipalityName`, the line cut of
/// `MarkdownReportRenderer`): each is checked against a character-level reference on hostile texts.
@Suite struct ReportTextPathsTests {
    static let texts = ["", "plain", "Súdwest-Fryslân", "a & b", "<b>", "\"q\"", "it's", "&<>\"'", "é&", "&\u{301}", "'\u{301}s",
                        "e\u{301}<", "🇳🇱>", "*bold* _it_ `code` [l](u) |t| \\", "é*", "*\u{301}", "\u{600}*", "`", "a`b", "x\ny",
                        "x\r\ny", "x\u{2028}y", "x\u{85}y", "\u{600}\n", "Name (GM0001)", "Name (GM0001", "A (GM1) B (GM0002)",
                        "Súdwest (GM1900)", " (GM0001)", "(GM0001)", "x (GM", "e\u{301} (GM0001)", "\u{600} (GM0001)", ")", "a)"]

    /// The five markup characters replaced scalar by scalar (the former implementation).
    static func referenceMarkup(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func markupEscapeIsTheScalarReplacement() {
        for text in Self.texts + Self.texts.map({ $0 + "&" + $0 }) {
            #expect(MarkupEscape.escape(text) == Self.referenceMarkup(text), "\(text.debugDescription)")
            #expect(Array(MarkupEscape.escape(text).utf8) == Array(Self.referenceMarkup(text).utf8))
        }
    }

    /// Each of the five at every place of texts up to 40 bytes long (several 16-byte windows), and none.
    @Test func everySpecialIsFoundWherever() {
        for special in ["&", "<", ">", "\"", "'"] {
            for length in 0...40 {
                let plain = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length % 2)
                #expect(!MarkupEscape.holdsSpecial(plain))
                #expect(MarkupEscape.escape(plain) == plain)
                for place in 0...plain.utf8.count where plain.utf8.index(plain.utf8.startIndex, offsetBy: place).samePosition(in: plain.unicodeScalars) != nil {
                    let index = plain.utf8.index(plain.utf8.startIndex, offsetBy: place)
                    let text = String(plain[..<index]) + special + String(plain[index...])
                    #expect(MarkupEscape.holdsSpecial(text))
                    #expect(MarkupEscape.escape(text) == Self.referenceMarkup(text))
                }
            }
        }
    }

    @Test func markdownEscapeIsTheCharacterRule() {
        for text in Self.texts + Self.texts.map({ $0 + "*" + $0 }) {
            var reference = ""
            for ch in text {
                if "*_`<>|[]\\".contains(ch) { reference.append("\\") }
                reference.append(ch)
            }
            #expect(Array(ReportWriter.escapeMarkdown(text).utf8) == Array(reference.utf8), "\(text.debugDescription)")
        }
    }

    @Test func municipalityNameIsTheLastCodeCut() {
        for text in Self.texts {
            var reference = text
            if text.hasSuffix(")"), let open = text.range(of: " (GM", options: .backwards) { reference = String(text[..<open.lowerBound]) }
            #expect(ReportContext.municipalityName(text) == reference, "\(text.debugDescription)")
        }
        #expect(ReportContext.municipalityName(nil) == "")
    }

    @Test func aCodeSpanHoldsABacktickOrNewlineAsTheCharactersSay() {
        for text in Self.texts {
            #expect(MarkdownReportRenderer.holdsBacktickOrNewline(text) == (text.contains("`") || text.contains(where: \.isNewline)),
                    "\(text.debugDescription)")
        }
    }

    /// The former line cut: every part rendered and every weight counted again in each round.
    static func referenceLine(_ texts: [ReportText], prefix: String, separator: String = "", suffix: String = "") -> String {
        let renderer = MarkdownReportRenderer()
        func weight(_ text: ReportText) -> Int {
            if case .plain(let s) = text { return s.count * 4 }
            return text.text.count
        }
        var texts = texts
        var rendered = prefix + texts.map(renderer.inline).joined(separator: separator) + suffix
        if rendered.utf8.count <= MarkdownReportRenderer.maxLine { return rendered }
        var rounds = 0
        while rendered.count > MarkdownReportRenderer.maxLine, rounds < 8 {
            rounds += 1
            guard let longest = texts.indices.max(by: { weight(texts[$0]) < weight(texts[$1]) }) else { break }
            let text = texts[longest].text
            let keep = max(1, text.count - (rendered.count - MarkdownReportRenderer.maxLine) - 2)
            let cut = String(text.prefix(keep)) + "…"
            switch texts[longest] {
            case .plain: texts[longest] = .plain(cut)
            case .code: texts[longest] = .code(cut)
            case .strong: texts[longest] = .strong(cut)
            }
            rendered = prefix + texts.map(renderer.inline).joined(separator: separator) + suffix
        }
        return rendered
    }

    @Test func longLinesAreCutAsBefore() {
        var generator = SystemRandomNumberGenerator()
        var lines: [[ReportText]] = []
        for n in 0..<60 {
            let pieces = (0..<(1 + n % 5)).map { k -> ReportText in
                let base = Self.texts[(n * 7 + k * 3) % Self.texts.count]
                let long = String(repeating: base + " * é\u{301} ", count: Int.random(in: 1...120, using: &generator))
                switch (n + k) % 3 {
                case 0: return .plain(long)
                case 1: return .code(k % 2 == 0 ? long : base)
                default: return .strong(long)
                }
            }
            lines.append(pieces)
        }
        // Equal weights: the first longest part is cut, as before.
        lines.append([.plain(String(repeating: "a", count: 200)), .plain(String(repeating: "b", count: 200))])
        lines.append([.strong(String(repeating: "*", count: 400)), .code(String(repeating: "`", count: 400))])
        let renderer = MarkdownReportRenderer()
        for line in lines {
            for (prefix, separator, suffix) in [("", "", ""), ("- ", "", ""), ("| ", " | ", " |")] {
                #expect(renderer.line(line, prefix: prefix, separator: separator, suffix: suffix)
                    == Self.referenceLine(line, prefix: prefix, separator: separator, suffix: suffix))
            }
        }
    }
}

/// `ReportText.mayHoldNewline` is true for every text with a newline character, whatever its
/// encoding length, and false for texts without one (it decides whether Markdown flattens a text).
@Suite struct MayHoldNewlineTests {
    @Test(arguments: ["a\nb", "\r", "\u{0B}", "\u{0C}x", "Súdwest\u{85}", "x\u{2028}", "\u{2029}", "é\r\n"])
    func aNewlineIsFound(text: String) {
        #expect(text.contains { $0.isNewline })
        #expect(ReportText.mayHoldNewline(text))
    }

    @Test(arguments: ["", "abc", "Súdwest-Fryslân", "\u{2027}", "\u{C5}", "\u{0885}", "\u{20A8}"])
    func noNewlineIsFound(text: String) {
        #expect(!text.contains { $0.isNewline })
        #expect(!ReportText.mayHoldNewline(text))
    }
}
