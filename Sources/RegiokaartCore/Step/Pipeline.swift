/// Steps run in order; itself a step, so pipelines compose.
///
/// On a dataset of at least `splitFrom` regions, each run of consecutive `RegionStep`s goes over
/// the two halves of the regions at once (`RegionRun`), and consecutive `Check`s run at once
/// (`CheckRun`); the log is the same as in one pass.
struct Pipeline: TwoCoreStep {
    /// The steps, in the order they run.
    let steps: [any Step]
    /// The least number of regions for which runs of region steps are split over the two cores.
    let splitFrom: Int

    /// Splitting pays from about this many regions: below, the region steps take a few milliseconds,
    /// and handing half of them to the other core (each half building its own run tables) gains little.
    static let twoCoreThreshold = 1000

    /// A pipeline of `steps`, run in order; runs of region steps split over two cores from `splitFrom` regions.
    init(_ steps: [any Step], splitFrom: Int = Pipeline.twoCoreThreshold) {
        self.steps = steps
        self.splitFrom = splitFrom
    }

    /// The same steps, each step that can use both cores (nested pipelines too) splitting from
    /// `count` regions (`Int.max`: never, the one pass that split runs are compared with).
    func splitting(from count: Int) -> Pipeline {
        Pipeline(steps.map { ($0 as? any TwoCoreStep)?.splitting(from: count) ?? $0 }, splitFrom: count)
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        let split = dataset.regions.count >= max(splitFrom, 2)
        var next = 0
        while next < steps.count {
            var end = next
            if split { while end < steps.count, steps[end].asRegionStep != nil { end += 1 } }
            var checks = next
            if split { while checks < steps.count, steps[checks].asCheck != nil { checks += 1 } }
            if end > next {
                RegionRun(steps[next..<end].compactMap(\.asRegionStep)).apply(to: &dataset, context: context)
                next = end
            } else if checks > next + 1 {
                CheckRun(steps[next..<checks].compactMap(\.asCheck)).apply(to: &dataset, context: context)
                next = checks
            } else {
                steps[next].apply(to: &dataset, context: context)
                next += 1
            }
        }
    }
}
