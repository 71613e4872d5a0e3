import Foundation
@testable import RegiokaartCore

/// The publication as an HTML page, one element for each line of its text, so that the HTML reader
/// gives back the lines of the text: the card names as `<h2>` headings (a second name line a
/// paragraph), each value and label line a paragraph, the area heading an `<h3>`, its items `<li>`s
/// of a `<ul>` (a name broken over lines with a `<br>`), every other line a paragraph.
extension PublicationVariants {
    /// What a line of the publication is on the page.
    enum HTMLPart: Equatable {
        case name, value, label, areaHeading, item, continuation, storyHeading, other
    }

    /// The role of line `index`.
    func htmlPart(_ index: Int) -> HTMLPart {
        if cards.contains(where: { $0.name.contains(index) }) { return .name }
        if cards.contains(where: { $0.figures.contains { $0.value == index } }) { return .value }
        if cards.contains(where: { $0.figures.contains { $0.labels.contains(index) } }) { return .label }
        if areaHeadings.contains(index) { return .areaHeading }
        if areaItems.contains(index) { return .item }
        if continuations.contains(index) { return .continuation }
        if lines[index].hasPrefix("Thema:") { return .storyHeading }
        return .other
    }

    /// The page, with each line's text (an item's without its bullet) as `rewrite` gives it, and
    /// the page's line number of each text line written, by index into `lines`. With
    /// `characterReferences`, the invisible characters `rewrite` adds are written as references
    /// (`&#x200B;`), as a page's source may have them.
    func html(characterReferences: Bool = false,
              rewrite: (_ index: Int, _ part: HTMLPart, _ text: String) -> String = { $2 }) -> (page: String, lineOf: [Int: Int]) {
        var out = ["<!DOCTYPE html>", "<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Regionale samenwerking werkt</title></head>",
                   "<body><main>"]
        var lineOf: [Int: Int] = [:]
        let firstNameLines = Set(cards.compactMap(\.name.first))
        let continuations = self.continuations
        var inList = false
        func escaped(_ text: String) -> String {
            let markup = MarkupEscape.escape(text)
            guard characterReferences else { return markup }
            return markup.unicodeScalars.map {
                InvisibleCharacters.isInvisible($0) ? "&#x" + String($0.value, radix: 16, uppercase: true) + ";" : String($0)
            }.joined()
        }
        for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let part = htmlPart(index)
            if inList, part != .item, part != .continuation {
                out.append("</ul>")
                inList = false
            }
            let brokenOn = continuations.contains(index + 1)
            switch part {
            case .item:
                if !inList { out.append("<ul>"); inList = true }
                out.append("<li>" + escaped(rewrite(index, part, String(line.dropFirst(2)))) + (brokenOn ? "<br>" : "</li>"))
            case .continuation:
                out.append(escaped(rewrite(index, part, line)) + (brokenOn ? "<br>" : "</li>"))
            case .name where firstNameLines.contains(index):
                out.append("<h2>" + escaped(rewrite(index, part, line)) + "</h2>")
            case .areaHeading, .storyHeading:
                out.append("<h3>" + escaped(rewrite(index, part, line)) + "</h3>")
            default:
                out.append("<p>" + escaped(rewrite(index, part, line)) + "</p>")
            }
            lineOf[index] = out.count
        }
        if inList { out.append("</ul>") }
        out += ["</main></body></html>", ""]
        return (out.joined(separator: "\n"), lineOf)
    }
}
