/// Consecutive region steps run over the two halves of the regions at once, one core each: every
/// step's `apply(to:)` on each half, so each half keeps its own tables of the run. The halves'
/// findings are merged step by step (step k's about the first half, then those about the second,
/// before step k+1's), so the log is exactly that of one pass over all regions, step after step.
struct RegionRun: Step {
    /// The steps, in the order they run.
    let steps: [any RegionStep]

    init(_ steps: [any RegionStep]) {
        self.steps = steps
    }

    /// One half of the regions as a dataset of its own, and the findings of each step about it.
    private struct Half {
        var dataset: Dataset
        var findings: [IssueLog] = []
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        let count = dataset.regions.count
        let middle = count / 2
        // The halves are moved out of the dataset (each region held once), so that no change copies.
        var regions: [Region] = []
        swap(&regions, &dataset.regions)
        let second = Self.moveTail(of: &regions, from: middle)
        func part(_ regions: consuming [Region]) -> Half {
            Half(dataset: Dataset(source: dataset.source, regions: regions, countClaims: dataset.countClaims,
                                  log: IssueLog(), mentions: dataset.mentions))
        }
        var halves = TwoCores.each([part(consume regions), part(consume second)]) { half in
            for step in steps {
                step.apply(to: &half.dataset, context: context)
                half.findings.append(half.dataset.log)
                half.dataset.log = IssueLog()
            }
        }
        var merged: [Region] = []
        swap(&merged, &halves[0].dataset.regions)
        var tail: [Region] = []
        swap(&tail, &halves[1].dataset.regions)
        Self.moveAll(of: &tail, to: &merged)
        dataset.regions = merged
        for k in steps.indices {
            dataset.log.append(contentsOf: halves[0].findings[k])
            dataset.log.append(contentsOf: halves[1].findings[k], regionOffset: middle)
        }
    }

    /// The regions of `regions` from `start` on, moved into an array of their own (`regions` keeps the
    /// ones before): taken one by one from the end and put in place from the end. `Array(regions[start...])`
    /// copied every region (a retain of each of its strings and arrays), and reversing a list of
    /// regions moved each one three times.
    static func moveTail(of regions: inout [Region], from start: Int) -> [Region] {
        let count = regions.count - start
        return [Region](unsafeUninitializedCapacity: count) { buffer, initialized in
            for k in stride(from: count - 1, through: 0, by: -1) { buffer.initializeElement(at: k, to: regions.removeLast()) }
            initialized = count
        }
    }

    /// Moves every region of `tail` to the end of `regions`, in order, leaving `tail` empty: into the
    /// storage `regions` has (the split's whole list, which `moveTail` leaves its room), since a new
    /// list for all regions, made while both halves were held, was the steps' peak memory on an
    /// archive. Each region is moved, not copied (`append(contentsOf:)` would retain each of its
    /// strings and arrays): `tail` is reversed in place, then popped.
    static func moveAll(of tail: inout [Region], to regions: inout [Region]) {
        regions.reserveCapacity(regions.count + tail.count)
        tail.reverse()
        while let region = tail.popLast() { regions.append(region) }
    }
}
