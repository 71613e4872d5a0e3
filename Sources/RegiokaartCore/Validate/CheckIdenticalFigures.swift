/// Reports regions whose five figures are all identical: usually a copy-paste slip in the publication.
///
/// One finding per group of identical regions, on the group's first region, listing every member:
/// a finding per region naming all the others grows with the square of the group (archives repeat
/// the same figures hundreds of times). Only regions whose five figures were all read are compared:
/// an unread figure is unknown, not equal to another unknown.
struct CheckIdenticalFigures: Check {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var groups: [Figures: [Int]] = [:]
        var order: [Figures] = []
        for index in dataset.regions.indices where dataset.regions[index].figures.isComplete {
            let figures = dataset.regions[index].figures
            if groups[figures]?.append(index) == nil {
                groups[figures] = [index]
                order.append(figures)
            }
        }
        for figures in order {
            let group = groups[figures]!
            guard group.count > 1 else { continue }
            // "id (line n), id (line n), …" and "id|id|…": an archive's group has a member per copy.
            var members = ByteText(), ids = ByteText()
            for (n, index) in group.enumerated() {
                if n > 0 { members.append(", "); ids.append("|") }
                members.append(dataset.regions[index].id)
                members.append(" (line ")
                members.append(String(dataset.regions[index].source.line))
                members.append(")")
                ids.append(dataset.regions[index].id)
            }
            let f = figures
            dataset.report(Issue(.warning, .regionIdenticalFigures, field: "figures",
                                 raw: FigureKind.allCases.map { f[$0].map(String.init) ?? "" }.joined(separator: "/"),
                                 result: ids.string,
                                 at: dataset.regions[group[0]].source,
                                 "\(group.count) regions have all five figures equal: \(members.string); all but one may be a copy."),
                           region: group[0])
        }
    }
}
