/// The data-quality report as it is being built: every step appends what it changed or doubted.
public struct IssueLog: Sendable {
    /// All findings in the order they were made.
    public private(set) var issues: [Issue] = []

    public init() {}

    /// Records one finding.
    public mutating func record(_ issue: Issue) {
        issues.append(issue)
    }

    /// The number of findings of `severity`.
    public func count(_ severity: Severity) -> Int {
        issues.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// Findings with `code`.
    public func issues(withCode code: IssueCode) -> [Issue] {
        issues.filter { $0.code == code.rawValue }
    }

    /// The findings in their canonical report order: by severity, then code, then source position.
    public var sorted: [Issue] {
        issues.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.severity != y.severity { return x.severity < y.severity }
            if x.code != y.code { return x.code < y.code }
            let (lx, ly) = (x.location ?? SourceLocation(file: "", line: 0), y.location ?? SourceLocation(file: "", line: 0))
            if lx.file != ly.file { return lx.file < ly.file }
            if lx.line != ly.line { return lx.line < ly.line }
            return a.offset < b.offset
        }.map(\.element)
    }
}
