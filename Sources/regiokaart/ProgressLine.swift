import Foundation
import RegiokaartCore

/// A one-line progress display on standard error, redrawn in place as each stage starts.
///
/// Only used when standard error is a terminal and `--quiet` is not given: logs and cron mails never
/// see it. `finish()` erases the line, so the summary that follows stands alone.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let started = Date()
    private let total: Int

    private init(total: Int) {
        self.total = total
    }

    /// A progress line when standard error is a terminal and the run is not quiet; otherwise nil.
    static func forStandardError(quiet: Bool, extraStages: Int) -> ProgressLine? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(total: BuildStage.allCases.count + extraStages)
    }

    /// Shows a build stage.
    func stage(_ stage: BuildStage) {
        show(step: stage.rawValue, stage.label)
    }

    /// Shows step `step` of the run with `label`.
    func show(step: Int, _ label: String) {
        lock.lock()
        defer { lock.unlock() }
        let elapsed = String(format: "%.1f s", Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data("\r\u{1B}[Kregiokaart: [\(step)/\(total)] \(label)… \(elapsed)".utf8))
    }

    /// Erases the line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
