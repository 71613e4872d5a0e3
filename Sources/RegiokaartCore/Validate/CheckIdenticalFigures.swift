/// Reports regions whose five figures are all identical: usually a copy-paste slip in the publication.
public struct CheckIdenticalFigures: Step {
    public let name = "check-identical-figures"
    public init() {}

    public func apply(to dataset: inout Dataset, context: StepContext) {
        var groups: [Figures: [Int]] = [:]
        for (index, region) in dataset.regions.enumerated() { groups[region.figures, default: []].append(index) }
        for index in dataset.regions.indices {
            let group = groups[dataset.regions[index].figures]!
            guard group.count > 1 else { continue }
            let others = group.filter { $0 != index }.map { "\(dataset.regions[$0].name) (line \(dataset.regions[$0].source.line))" }
            let f = dataset.regions[index].figures
            dataset.report(Issue(.warning, .regionIdenticalFigures, field: "figures",
                                 raw: "\(f.students)/\(f.schoolBoardsPO)/\(f.schoolBoardsVO)/\(f.mboInstitutions)/\(f.teacherTrainingInstitutions)",
                                 at: dataset.regions[index].source,
                                 "All five figures equal those of \(others.joined(separator: ", ")); one of them may be a copy."),
                           region: index)
        }
    }
}
