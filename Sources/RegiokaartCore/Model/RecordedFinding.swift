/// What the report reads of a finding where the log keeps it, without rebuilding the whole `Issue`.
struct RecordedFinding {
    /// How serious the finding is.
    var severity: Severity
    /// Its dotted code (`Issue.code`).
    var code: String
    /// True when the steward has acknowledged it.
    var isAcknowledged: Bool
}
