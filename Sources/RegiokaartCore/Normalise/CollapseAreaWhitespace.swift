/// Collapses runs of spaces, tabs and no-break spaces inside listed names.
struct CollapseAreaWhitespace: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        for k in dataset.regions[index].area.indices {
            guard case .pending = dataset.regions[index].area[k].resolution,
                  !NameFolding.isCollapsed(dataset.regions[index].area[k].name) else { continue }
            let entry = dataset.regions[index].area[k]
            let collapsed = NameFolding.collapseWhitespace(entry.name)
            guard collapsed != entry.name else { continue }
            dataset.regions[index].area[k].name = collapsed
            dataset.report(Issue(.info, .areaWhitespace, field: "municipalities", raw: entry.name, result: collapsed,
                                 at: dataset.regions[index].location(of: entry), "Extra whitespace in a listed name was collapsed."), region: index)
        }
    }
}
