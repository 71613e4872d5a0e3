/// One rule of the pipeline. A step changes the dataset (or only checks it) and reports every change
/// it makes, with the source line, the raw value, the result and its own code.
protocol Step: Sendable {
    /// Applies the rule to `dataset`.
    func apply(to dataset: inout Dataset, context: StepContext)
}
