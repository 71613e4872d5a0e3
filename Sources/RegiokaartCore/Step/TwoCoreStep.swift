/// A step that uses both cores on a large dataset: from `Pipeline.twoCoreThreshold` regions on,
/// unless made otherwise. Its result is the same either way.
protocol TwoCoreStep: Step {
    /// The same step, using both cores from `count` regions on (`Int.max`: never).
    func splitting(from count: Int) -> Self
}
