/// A source document reduced to numbered lines: the common input of every extractor.
public struct SourceDocument: Sendable {
    /// The file name as it appears in reports.
    public var name: String
    /// The lines in document order (stored compactly, see `SourceLines`).
    public var lines: SourceLines

    public init(name: String, lines: [SourceLine]) {
        self.name = name
        self.lines = SourceLines(lines)
    }

    /// A document of already stored lines.
    public init(name: String, lines: SourceLines) {
        self.name = name
        self.lines = lines
    }

    /// The location of `line` in this document.
    public func location(of line: SourceLine) -> SourceLocation {
        SourceLocation(file: name, line: line.number)
    }
}
