/// Steps run in order; itself a step, so pipelines compose.
public struct Pipeline: Step {
    /// The steps, in the order they run.
    public let steps: [any Step]

    /// A pipeline of `steps`, run in order.
    public init(_ steps: [any Step]) {
        self.steps = steps
    }

    public func apply(to dataset: inout Dataset, context: StepContext) {
        for step in steps { step.apply(to: &dataset, context: context) }
    }
}
