/// A step that works on one region at a time.
protocol RegionStep: Step {
    /// Applies the rule to the region at `index` of `dataset`.
    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext)
}

extension RegionStep {
    func apply(to dataset: inout Dataset, context: StepContext) {
        for index in dataset.regions.indices { apply(toRegionAt: index, of: &dataset, context: context) }
    }
}
