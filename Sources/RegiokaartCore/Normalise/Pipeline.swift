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

    /// The standard pipeline: the one place where the order of the rules is written.
    public static let standard = Pipeline("standard", [
        Pipeline("names", [
            JoinNameLines(),
            CollapseNameWhitespace(),
            SplitSectorTag(),
            DeriveSectors(),
            AssignIDs(),
        ]),
        Pipeline("area", [
            ClassifyNationalScope(),
            JoinSplitAreaNames(),
            CollapseAreaWhitespace(),
            DetectProvinces(),
            MatchMunicipalities(),
            ResolveAmbiguityByGeography(),
            RemoveRepeats(),
            CollectMunicipalities(),
        ]),
        Pipeline("validate", [
            CheckRegionCount(),
            CheckUniqueIDs(),
            CheckMunicipalityCodes(),
            CheckIdenticalFigures(),
            CheckCoverage(),
            CheckOverlaps(),
        ]),
    ])
}
