/// One rule of the pipeline. A step changes the dataset (or only checks it) and reports every change
/// it makes, with the source line, the raw value, the result and its own code.
protocol Step: Sendable {
    /// Applies the rule to `dataset`.
    func apply(to dataset: inout Dataset, context: StepContext)
    /// The step as a `RegionStep`, nil when it is none (told without a dynamic cast).
    var asRegionStep: (any RegionStep)? { get }
    /// The step as a `Check`, nil when it is none.
    var asCheck: (any Check)? { get }
}

extension Step {
    var asRegionStep: (any RegionStep)? { nil }
    var asCheck: (any Check)? { nil }
}
