/// The JSON shape of `issues.json`: the count per severity and every finding in report order.
/// `IssuesJSONWriter` writes it without going through `Encodable`; this type is how `NewFindings`
/// reads a previous run's file back, and the reference the writer's tests encode with `JSONEncoder`.
struct IssuesDocument: Codable {
    /// One finding.
    struct Entry: Codable {
        var severity, code: String
        var region_id, field, raw_value, result_value, source_file: String?
        var source_line: Int?
        var message: String
        /// True when the steward acknowledged the finding (absent otherwise), with the note.
        var acknowledged: Bool?
        var acknowledged_note: String?

        /// The entry of `issue`: a location's line only when it has one (> 0).
        init(_ issue: Issue) {
            severity = issue.severity.rawValue
            code = issue.code
            region_id = issue.regionID
            field = issue.field
            raw_value = issue.rawValue
            result_value = issue.resultValue
            source_file = issue.location?.file
            source_line = issue.location.flatMap { $0.line > 0 ? $0.line : nil }
            message = issue.message
            acknowledged = issue.isAcknowledged ? true : nil
            acknowledged_note = issue.acknowledgement
        }
    }

    var counts: [String: Int]
    var issues: [Entry]

    /// The document for `issues`, already in report order.
    init(_ issues: [Issue]) {
        counts = Self.counts(issues)
        self.issues = issues.map(Entry.init)
    }

    /// The number of findings of each severity, every severity listed.
    static func counts(_ issues: some Sequence<Issue>) -> [String: Int] {
        counts(severities: issues.lazy.map(\.severity))
    }

    /// The number of findings of each severity, given the findings' severities, every severity listed.
    static func counts(severities: some Sequence<Severity>) -> [String: Int] {
        var counts: [String: Int] = [:]
        for severity in Severity.allCases { counts[severity.rawValue] = 0 }
        for severity in severities { counts[severity.rawValue, default: 0] += 1 }
        return counts
    }
}
