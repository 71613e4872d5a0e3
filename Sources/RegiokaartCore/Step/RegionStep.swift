/// A step that works on one region at a time.
///
/// Its `apply(to:)` (the loop below, or the step's own with tables of the run) may be given a
/// dataset of part of the regions (`RegionRun` splits the regions over the two cores): it must do
/// to each region, and report of it, exactly what it does in a pass over all of them. So it reads
/// and changes only the regions and reports only findings about them, in region order; the
/// dataset's other fields are not its to change.
protocol RegionStep: Step {
    /// Applies the rule to the region at `index` of `dataset`.
    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext)
}

extension RegionStep {
    var asRegionStep: (any RegionStep)? { self }

    func apply(to dataset: inout Dataset, context: StepContext) {
        for index in dataset.regions.indices { apply(toRegionAt: index, of: &dataset, context: context) }
    }
}
