/// Checks that no two regions share an id.
struct CheckUniqueIDs: Check {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var first: [String: Int] = [:]
        for (index, region) in dataset.regions.enumerated() {
            if let earlier = first[region.id] {
                dataset.report(Issue(.error, .regionDuplicateID, field: "id", raw: region.id, at: region.source,
                                     "The id \(region.id) is also the id of the region on line \(dataset.regions[earlier].source.line)."),
                               region: index)
            } else {
                first[region.id] = index
            }
        }
    }
}
