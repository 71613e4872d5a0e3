/// A source document reduced to numbered lines: the common input of every extractor.
struct SourceDocument: Sendable {
    /// The file name as it appears in reports.
    var name: String
    /// The lines in document order (stored compactly, see `SourceLines`).
    var lines: SourceLines

    init(name: String, lines: [SourceLine]) {
        self.name = name
        self.lines = SourceLines(lines)
    }

    /// A document of already stored lines.
    init(name: String, lines: SourceLines) {
        self.name = name
        self.lines = lines
    }

    /// The location of `line` in this document.
    func location(of line: SourceLine) -> SourceLocation {
        SourceLocation(file: name, line: line.number)
    }
}
