/// Joins a name printed over several lines: "Onderwijsregio LOA" + "(Lingewaard, Overbetuwe en Arnhem)".
struct JoinNameLines: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        // The fields read in place: a copy of the region retains every one of them.
        let joined = dataset.regions[index].nameAsPublished
        dataset.regions[index].name = joined
        let lines = dataset.regions[index].nameLines.count
        guard lines > 1 else { return }
        dataset.report(Issue(.info, .nameJoinedLines, field: "name",
                             raw: Issue.rawLines(dataset.regions[index].nameLines.map(\.value)),
                             result: joined, at: dataset.regions[index].source,
                             "The name is printed over \(lines) lines; joined."), region: index)
    }
}
