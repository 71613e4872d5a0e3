import Foundation
import RegiokaartCore

/// Wall time per build stage, for `build --timings`: where a run's time goes, measured on the run
/// itself (the benchmark script prints it next to its totals).
///
/// Each stage lasts from its own start to the next stage's start; the last one ends at `report()`.
final class StageTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var starts: [(stage: BuildStage, at: UInt64)] = []

    /// Records that `stage` starts now.
    func start(_ stage: BuildStage) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        starts.append((stage, now))
    }

    /// One line: every stage that ran with its milliseconds, then the total from the first stage on.
    func report() -> String {
        let end = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        guard let first = starts.first else { return "regiokaart: timings: no stage ran\n" }
        var parts: [String] = []
        for (k, entry) in starts.enumerated() {
            let stop = k + 1 < starts.count ? starts[k + 1].at : end
            parts.append("\(entry.stage.label) \(Self.milliseconds(stop - entry.at))")
        }
        return "regiokaart: timings: " + parts.joined(separator: "; ") + "; total \(Self.milliseconds(end - first.at))\n"
    }

    private static func milliseconds(_ nanoseconds: UInt64) -> String {
        "\((nanoseconds + 500_000) / 1_000_000) ms"
    }
}
