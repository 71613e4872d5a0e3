/// Steps run in order; itself a step, so pipelines compose.
struct Pipeline: Step {
    /// The steps, in the order they run.
    let steps: [any Step]

    /// A pipeline of `steps`, run in order.
    init(_ steps: [any Step]) {
        self.steps = steps
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        for step in steps { step.apply(to: &dataset, context: context) }
    }
}
