/// Joins a name printed over several lines: "Onderwijsregio LOA" + "(Lingewaard, Overbetuwe en Arnhem)".
struct JoinNameLines: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        removeRepeatedLines(ofRegionAt: index, of: &dataset)
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

    /// A name line printed twice in a row ("(Lingewaard, Overbetuwe en Arnhem)" repeated under
    /// "Onderwijsregio LOA") is read once, so that the name and its id do not double; reported
    /// (`name.repeated_line`, info).
    func removeRepeatedLines(ofRegionAt index: Int, of dataset: inout Dataset) {
        let lines = dataset.regions[index].nameLines
        guard lines.count > 1 else { return }
        var kept: [Located<String>] = [lines[0]]
        for line in lines.dropFirst() where NameFolding.collapseWhitespace(line.value) != NameFolding.collapseWhitespace(kept[kept.count - 1].value) {
            kept.append(line)
        }
        guard kept.count < lines.count else { return }
        dataset.regions[index].nameLines = kept
        dataset.regions[index].nameAsPublished = kept.map(\.value).joined(separator: " ")
        dataset.report(Issue(.info, .nameRepeatedLine, field: "name", raw: Issue.rawLines(lines.map(\.value)),
                             result: dataset.regions[index].nameAsPublished, at: dataset.regions[index].source,
                             "A line of the name is printed twice in a row; read once."), region: index)
    }
}
