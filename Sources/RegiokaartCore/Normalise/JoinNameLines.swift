/// Joins a name printed over several lines: "Onderwijsregio LOA" + "(Lingewaard, Overbetuwe en Arnhem)".
struct JoinNameLines: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let region = dataset.regions[index]
        dataset.regions[index].name = region.nameAsPublished
        guard region.nameLines.count > 1 else { return }
        dataset.report(Issue(.info, .nameJoinedLines, field: "name",
                             raw: Issue.rawLines(region.nameLines.map(\.value)),
                             result: region.nameAsPublished, at: region.source,
                             "The name is printed over \(region.nameLines.count) lines; joined."), region: index)
    }
}
