/// How serious a data-quality finding is.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    /// The dataset cannot be trusted as is: nothing is published without `--allow-errors`.
    case error
    /// A correction that changed meaning or a doubt a steward should look at.
    case warning
    /// A routine correction (whitespace, a known spelling), listed for completeness.
    case info

    /// Errors first, then warnings, then info: the order `allCases` lists them in.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
