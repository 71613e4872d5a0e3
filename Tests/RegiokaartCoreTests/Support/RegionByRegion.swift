@testable import RegiokaartCore

/// Oracles for the steps that decide each distinct name once per run: the same rules applied entry
/// by entry, or region by region with nothing carried from one region to the next.

/// Runs `step` on each region alone, through `apply(toRegionAt:)`: no table of the run is shared
/// between regions.
struct RegionByRegion: Step {
    let step: any RegionStep

    func apply(to dataset: inout Dataset, context: StepContext) {
        for index in dataset.regions.indices { step.apply(toRegionAt: index, of: &dataset, context: context) }
    }
}

/// `MatchMunicipalities` entry by entry: the matcher asked for every listed name, its resolution and
/// finding made for that entry alone.
struct PerEntryMatchMunicipalities: Step {
    func apply(to dataset: inout Dataset, context: StepContext) {
        let step = MatchMunicipalities()
        for index in dataset.regions.indices {
            let region = dataset.regions[index].id
            for k in dataset.regions[index].area.indices {
                let entry = dataset.regions[index].area[k]
                guard entry.resolution == .pending else { continue }
                let outcome = context.matcher.match(entry.name, region: region)
                let resolved = step.resolution(of: outcome, context: context)
                dataset.regions[index].area[k].resolution = resolved
                if case .ambiguous = resolved { continue }
                if let issue = step.issue(for: entry, at: dataset.regions[index].location(of: entry), outcome: outcome,
                                            reference: context.reference) {
                    dataset.report(issue, region: index)
                }
            }
        }
    }
}

extension Pipeline {
    /// `Pipeline.standard` with every step that keeps a table of the run replaced by its oracle.
    static let withoutRunTables = Pipeline([
        Pipeline([JoinNameLines(), CollapseNameWhitespace(), RegionByRegion(step: SplitSectorTag()), DeriveSectors(), AssignIDs()]),
        Pipeline([
            ClassifyNationalScope(),
            JoinSplitAreaNames(),
            CollapseAreaWhitespace(),
            RegionByRegion(step: DetectProvinces()),
            CheckScopedAliases(),
            PerEntryMatchMunicipalities(),
            RegionByRegion(step: ResolveAmbiguityByGeography()),
            RegionByRegion(step: RemoveRepeats()),
            RegionByRegion(step: CollectMunicipalities()),
        ]),
        Pipeline([CheckRegionCount(), CheckUniqueIDs(), CheckIdenticalFigures(), CheckCoverage(), CheckOverlaps()]),
    ])
}
