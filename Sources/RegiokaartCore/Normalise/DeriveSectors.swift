/// Derives the sectors from the figures and reports where the name's tag says otherwise.
///
/// A sector whose count (school boards or institutions) was not read is taken from the name's tag,
/// if the tag names it: the unread figure is reported where it was read, and the tag is the only
/// word the card still has on that sector. Without a tag such a sector is left out.
struct DeriveSectors: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        // The fields read in place: a copy of the region retains every one of them.
        let f = dataset.regions[index].figures
        let tagged = dataset.regions[index].taggedSectors
        let shownByFigures = f.sectors
        let unknown = f.unknownSectors
        let sectors = Sector.allCases.filter { shownByFigures.contains($0) || (unknown.contains($0) && tagged.contains($0)) }
        dataset.regions[index].sectors = sectors
        if sectors.isEmpty && unknown.isEmpty {
            dataset.report(Issue(.warning, .sectorNone, field: "sectors", at: dataset.regions[index].source,
                                 "The figures show no po or vo school boards and no mbo institutions."), region: index)
        }
        // The tag is contradicted only by a figure that was read.
        let contradicted = Sector.allCases.contains { !unknown.contains($0) && tagged.contains($0) != shownByFigures.contains($0) }
        if contradicted, !tagged.isEmpty, let tag = dataset.regions[index].sectorTag {
            let region = dataset.regions[index]
            let shown = shownByFigures.map(\.rawValue).joined(separator: "/")
            func count(_ value: Int?) -> String { value.map(String.init) ?? "unread" }
            dataset.report(Issue(.warning, .sectorTagMismatch, field: "sectors", raw: tag, result: sectors.map(\.rawValue).joined(separator: "/"), at: region.source,
                                 "The name says \(tag) but the figures show \(shown.isEmpty ? "no sector" : shown) (\(count(f.schoolBoardsPO)) po boards, \(count(f.schoolBoardsVO)) vo boards, \(count(f.mboInstitutions)) mbo institutions); the figures count."),
                           region: index)
        }
    }
}
