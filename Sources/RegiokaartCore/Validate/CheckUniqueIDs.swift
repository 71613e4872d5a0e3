/// Checks that no two regions share an id.
struct CheckUniqueIDs: Check {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var first: [String: Int] = [:]
        first.reserveCapacity(dataset.regions.count)
        for index in dataset.regions.indices {
            // One probe for a first id (nearly all), the id read in place (a copy of the region retains every field).
            let id = dataset.regions[index].id
            guard let earlier = first.updateValue(index, forKey: id) else { continue }
            first[id] = earlier
            dataset.report(Issue(.error, .regionDuplicateID, field: "id", raw: id, at: dataset.regions[index].source,
                                 "The id \(id) is also the id of the region on line \(dataset.regions[earlier].source.line)."),
                           region: index)
        }
    }
}
