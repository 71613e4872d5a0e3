/// Steps run in order; itself a step, so pipelines compose.
public struct Pipeline: Step {
    public let name: String
    public let steps: [any Step]

    public init(_ name: String, _ steps: [any Step]) {
        self.name = name
        self.steps = steps
    }

    public func apply(to dataset: inout Dataset, context: StepContext) {
        for step in steps { step.apply(to: &dataset, context: context) }
    }
}
