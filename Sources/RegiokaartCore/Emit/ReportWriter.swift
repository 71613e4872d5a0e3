/// Writes the report: `report.md` and `report.html`, the same sections (`sections`, in order) rendered
/// as Markdown and as one self-contained HTML page. The first screen answers "what is wrong with the
/// publication, and what must I decide"; routine corrections and evidence are counted per code, and
/// every finding stays in `issues.csv` / `issues.json`.
struct ReportWriter {
    let dataset: Dataset
    let issues: FindingsInReportOrder
    let published: Bool
    /// The coverage maps' SVG per sector (empty when the reference folder has no map shapes).
    var maps: [(Sector, [UInt8])] = []
    /// The findings new since a named previous run (`build --previous`), listed first; nil for none.
    var newFindings: [Issue]? = nil

    /// The sections, in order: one type each (see `ReportSection`).
    static let sections: [any ReportSection] = [
        StatusSection(), NewFindingsSection(), FaultsSection(), DecisionsSection(), AcknowledgedSection(), MapsSection(), MentionsSection(), SummarySection(), RegionsSection(),
    ]
    static let title = "Regiokaart data-quality report"

    init(dataset: Dataset, issues: FindingsInReportOrder, published: Bool, maps: [(Sector, [UInt8])] = [], newFindings: [Issue]? = nil) {
        self.dataset = dataset
        self.issues = issues
        self.published = published
        self.maps = maps
        self.newFindings = newFindings
    }

    /// Every section's blocks, in order.
    func blocks() -> [ReportBlock] {
        let context = ReportContext(dataset: dataset, issues: issues, published: published, maps: maps,
                                    newFindings: newFindings)
        return Self.sections.flatMap { $0.blocks(context) }
    }

    /// `report.md`.
    func markdown() -> String { MarkdownReportRenderer().render(blocks()) }

    /// `report.html`.
    func html() -> String { HTMLReportRenderer().render(blocks(), title: Self.title) }

    /// Keeps Markdown from reading data as formatting.
    func escape(_ text: String) -> String { Self.escapeMarkdown(text) }

    static let markdownSpecials = Set("*_`<>|[]\\".utf8)

    /// Keeps Markdown from reading data as formatting: a backslash before each special character.
    static func escapeMarkdown(_ text: String) -> String {
        switch specials(in: text) {
        case .none:
            // Most messages: nothing to escape (and a group of identical regions' message is long).
            return text
        case .standalone:
            // Each special is a character of its own (ASCII on both sides), so escaping bytes
            // escapes exactly the characters the loop below would.
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count + 8)
            for byte in text.utf8 {
                if specialTable[Int(byte)] { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        case .other:
            break
        }
        // A special next to non-ASCII bytes may share a character with a combining or prepended
        // mark, which is then not the special itself: decide by characters.
        var out = ""
        for ch in text {
            if "*_`<>|[]\\".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Where a text's Markdown specials stand.
    enum Specials { case none, standalone, other }

    /// `.none` when `text` holds no special; `.standalone` when every special byte has an ASCII byte
    /// (or the text's end) on both sides, so that it is a character of its own (no prepended mark
    /// before it, no combining mark after it); `.other` otherwise.
    static func specials(in text: String) -> Specials {
        var text = text
        return text.withUTF8 { bytes in
            var found = false
            for i in 0..<bytes.count where specialTable[Int(bytes[i])] {
                found = true
                if i > 0, bytes[i - 1] >= 0x80 { return .other }
                if i + 1 < bytes.count, bytes[i + 1] >= 0x80 { return .other }
            }
            return found ? .standalone : .none
        }
    }

    private static let specialTable: [Bool] = (0..<256).map { markdownSpecials.contains(UInt8($0)) }
}
