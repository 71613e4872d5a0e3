/// The previous run's findings (`BuildJob.findingsBaseline`), made on another core and handed over
/// once: a `BackgroundValue` keeps the value it made as long as it lives itself, and the findings
/// must be gone before the outputs are written, where a run peaks.
///
/// Made by the work of a `BackgroundValue` and taken only after its `value()` returned it, so the
/// two threads never touch it at once.
final class FindingsBaselineHandOver: @unchecked Sendable {
    private var findings: NewFindings?
    /// Why the baseline could not be read, when it was not (`BuildJob.findingsBaseline`).
    let notice: String?

    init(_ baseline: (findings: NewFindings?, notice: String?)) {
        findings = baseline.findings
        notice = baseline.notice
    }

    /// The findings, leaving none behind: a second call returns nil.
    func take() -> NewFindings? {
        defer { findings = nil }
        return findings
    }
}
