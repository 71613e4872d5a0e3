/// Collapses runs of spaces, tabs and no-break spaces in a region name.
struct CollapseNameWhitespace: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let raw = dataset.regions[index].name
        let collapsed = NameFolding.collapseWhitespace(raw)
        dataset.regions[index].nameAsPublished = NameFolding.collapseWhitespace(dataset.regions[index].nameAsPublished)
        guard collapsed != raw else { return }
        dataset.regions[index].name = collapsed
        dataset.report(Issue(.info, .nameWhitespace, field: "name", raw: raw, result: collapsed,
                             at: dataset.regions[index].source, "Extra whitespace in the name was collapsed."), region: index)
    }
}
