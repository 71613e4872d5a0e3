extension Pipeline {
    /// The standard pipeline: the one place where the order of the rules is written.
    static let standard = Pipeline([names, area, validate])

    /// The steps on the cards' names.
    static let names = Pipeline([
        JoinNameLines(),
        CollapseNameWhitespace(),
        SplitSectorTag(),
        DeriveSectors(),
        AssignIDs(),
    ])

    /// The steps on the area lists: the last of `standard` to read the area entries and the name
    /// lines, which the build lets go of after them (`Dataset.dropStepState()`).
    static let area = Pipeline([
        ClassifyNationalScope(),
        JoinSplitAreaNames(),
        CollapseAreaWhitespace(),
        DetectProvinces(),
        CheckScopedAliases(),
        MatchMunicipalities(),
        ResolveAmbiguityByGeography(),
        RemoveRepeats(),
        CollectMunicipalities(),
    ])

    /// The checks of the whole dataset.
    static let validate = Pipeline([
        CheckRegionCount(),
        CheckUniqueIDs(),
        CheckIdenticalFigures(),
        CheckCoverage(),
        CheckOverlaps(),
    ])
}
