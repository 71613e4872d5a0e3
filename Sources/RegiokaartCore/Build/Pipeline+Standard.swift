extension Pipeline {
    /// The standard pipeline: the one place where the order of the rules is written.
    static let standard = Pipeline([
        Pipeline([  // names
            JoinNameLines(),
            CollapseNameWhitespace(),
            SplitSectorTag(),
            DeriveSectors(),
            AssignIDs(),
        ]),
        Pipeline([  // area
            ClassifyNationalScope(),
            JoinSplitAreaNames(),
            CollapseAreaWhitespace(),
            DetectProvinces(),
            CheckScopedAliases(),
            MatchMunicipalities(),
            ResolveAmbiguityByGeography(),
            RemoveRepeats(),
            CollectMunicipalities(),
        ]),
        Pipeline([  // validate
            CheckRegionCount(),
            CheckUniqueIDs(),
            CheckIdenticalFigures(),
            CheckCoverage(),
            CheckOverlaps(),
        ]),
    ])
}
