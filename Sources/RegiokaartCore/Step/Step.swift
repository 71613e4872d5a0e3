/// One rule of the pipeline. A step changes the dataset (or only checks it) and reports every change
/// it makes, with the source line, the raw value, the result and its own code.
public protocol Step: Sendable {
    /// Applies the rule to `dataset`.
    func apply(to dataset: inout Dataset, context: StepContext)
}

/// A step that works on one region at a time.
public protocol RegionStep: Step {
    /// Applies the rule to the region at `index` of `dataset`.
    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext)
}

extension RegionStep {
    public func apply(to dataset: inout Dataset, context: StepContext) {
        for index in dataset.regions.indices { apply(toRegionAt: index, of: &dataset, context: context) }
    }
}
