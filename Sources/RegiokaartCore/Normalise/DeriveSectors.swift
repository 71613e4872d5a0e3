/// Derives the sectors from the figures and reports where the name's tag says otherwise.
public struct DeriveSectors: RegionStep {
    public let name = "derive-sectors"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let region = dataset.regions[index]
        let sectors = region.figures.sectors
        dataset.regions[index].sectors = sectors
        let shown = sectors.map(\.rawValue).joined(separator: "/")
        if sectors.isEmpty {
            dataset.report(Issue(.warning, .sectorNone, field: "sectors", at: region.source,
                                 "The figures show no po or vo school boards and no mbo institutions."), region: index)
        }
        if let tag = region.sectorTag, !region.taggedSectors.isEmpty, region.taggedSectors != sectors {
            let f = region.figures
            dataset.report(Issue(.warning, .sectorTagMismatch, field: "sectors", raw: tag, result: shown, at: region.source,
                                 "The name says \(tag) but the figures show \(shown.isEmpty ? "no sector" : shown) (\(f.schoolBoardsPO) po boards, \(f.schoolBoardsVO) vo boards, \(f.mboInstitutions) mbo institutions); the figures count."),
                           region: index)
        }
    }
}
