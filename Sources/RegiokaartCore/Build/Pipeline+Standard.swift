extension Pipeline {
    /// The standard pipeline: the one place where the order of the rules is written.
    static let standard = Pipeline([names, area, validate])

    /// The steps on the cards' names.
    static let names = Pipeline([
        JoinNameLines(),
        RemoveInvisibleCharacters(),
        CollapseNameWhitespace(),
        StripRegionNameMarkup(),
        SplitSectorTag(),
        DeriveSectors(),
        AssignIDs(),
    ])

    /// The steps on the area lists: the last of `standard` to read the area entries and the name
    /// lines, which the build lets go of as the last of them goes (`area(droppingStepState: true)`).
    static let area = area(droppingStepState: false)

    /// `area`; with `droppingStepState`, each region's step state goes (`Region.dropStepState()`)
    /// once its municipalities are collected.
    static func area(droppingStepState: Bool) -> Pipeline {
        Pipeline([
            ClassifyNationalScope(),
            JoinSplitAreaNames(),
            CollapseAreaWhitespace(),
            StripNameMarkup(),
            SplitListedNames(),
            DetectProvinces(),
            CheckScopedAliases(),
            MatchMunicipalities(),
            ResolveAmbiguityByGeography(),
            RemoveRepeats(),
            CollectMunicipalities(dropsStepState: droppingStepState),
        ])
    }

    /// The checks of the whole dataset.
    static let validate = Pipeline([
        CheckRegionCount(),
        CheckUniqueIDs(),
        CheckIdenticalFigures(),
        CheckCoverage(),
        CheckOverlaps(),
    ])
}
