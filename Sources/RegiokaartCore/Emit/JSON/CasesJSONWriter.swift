/// Writes `cases.json` (a `CasesDocument`) straight into a `ByteSink`: exactly the bytes
/// Foundation's `JSONEncoder` writes for it (pretty-printed, sorted keys, slashes unescaped), without going through `Encodable`.
///
/// Hand-written, though the document is small: in a fresh process `JSONEncoder` pays runtime type
/// lookups (over the whole static binary) for each type it meets first, more than the rendering
/// itself costs for a document this size. Keys are in `.sortedKeys` order and nil optionals are left out; `SmallJSONWriterTests` compares the bytes with the generic encoder's on
/// the real publication and on hostile texts.
struct CasesJSONWriter {
    let sink: ByteSink
    /// The sources, most of which name the document's source file (rendered once per level).
    private let sources: SourceLocationJSON

    /// A writer into `sink`.
    init(sink: ByteSink) {
        self.init(sink: sink, sources: SourceLocationJSON(file: "", levels: 0))
    }

    private init(sink: ByteSink, sources: SourceLocationJSON) {
        self.sink = sink
        self.sources = sources
    }

    /// The document (no trailing newline).
    func writeDocument(_ document: CasesDocument) {
        CasesJSONWriter(sink: sink, sources: SourceLocationJSON(file: document.source)).writeBody(document)
    }

    private func writeBody(_ document: CasesDocument) {
        var o = PrettyJSONObject(sink, level: 0)
        o.array("cases", document.cases) { entry, level in write(entry, level: level) }
        o.string("source", document.source)
        o.array("stated_theme_counts", document.statedThemeCounts) { stated, level in
            var s = PrettyJSONObject(sink, level: level)
            s.int("count", stated.count)
            s.array("lines", stated.lines) { line, _ in sink.write(decimal: line) }
            s.end()
        }
        o.int("theme_count", document.themeCount)
        o.array("themes", document.themes) { theme, level in write(theme, level: level) }
        o.end()
    }

    private func write(_ entry: CasesDocument.CaseEntry, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        o.stringIfPresent("confidence", entry.confidence)
        o.strings("evidence", entry.evidence)
        o.string("kind", entry.kind)
        o.strings("paragraphs", entry.paragraphs)
        o.stringIfPresent("reason", entry.reason)
        o.stringIfPresent("region_id", entry.regionID)
        o.string("region_mention", entry.regionMention)
        o.stringIfPresent("rule", entry.rule)
        o.key("source")
        write(entry.source, level: level + 1)
        o.string("theme", entry.theme)
        o.string("title", entry.title)
        o.end()
    }

    private func write(_ theme: CasesDocument.ThemeEntry, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        o.array("case_links", theme.caseLinks) { link, level in
            var l = PrettyJSONObject(sink, level: level)
            l.string("name", link.name)
            l.key("source")
            write(link.source, level: level + 1)
            l.end()
        }
        o.stringIfPresent("lead", theme.lead)
        if let menu = theme.menuSource {
            o.key("menu_source")
            write(menu, level: level + 1)
        }
        o.stringIfPresent("name", theme.name)
        o.strings("paragraphs", theme.paragraphs)
        if let source = theme.source {
            o.key("source")
            write(source, level: level + 1)
        }
        o.stringIfPresent("title", theme.title)
        o.end()
    }

    /// A `SourceLocation` as its synthesised `Codable` encodes it: `{"file", "line"}`.
    private func write(_ source: SourceLocation, level: Int) {
        sources.write(source, level: level, into: sink)
    }
}
