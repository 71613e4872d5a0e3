/// Gives every region a stable slug id; regions that share a name are told apart by their sectors,
/// then by a number in publication order.
struct AssignIDs: TwoCoreStep {
    /// From this many regions on, the slugs of each half of the regions are made on a core of its own.
    let splitFrom: Int

    init(splitFrom: Int = Pipeline.twoCoreThreshold) {
        self.splitFrom = splitFrom
    }

    func splitting(from count: Int) -> AssignIDs {
        AssignIDs(splitFrom: count)
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        let names = dataset.regions.map(\.name)
        let middle = names.count / 2
        let slugs = names.count >= max(splitFrom, 2)
            ? TwoCores.map(2) { half in (half == 0 ? names[..<middle] : names[middle...]).map(Slug.make) }.flatMap { $0 }
            : names.map(Slug.make)
        var groups: [String: [Int]] = [:]
        for (index, slug) in slugs.enumerated() { groups[slug, default: []].append(index) }
        var ids = slugs
        for (index, slug) in slugs.enumerated() where groups[slug]!.count > 1 {
            let sectors = dataset.regions[index].sectors.map(\.rawValue).joined(separator: "-")
            ids[index] = sectors.isEmpty ? slug : "\(slug)-\(sectors)"
        }
        var seen: [String: Int] = [:]
        for index in ids.indices {
            let count = seen[ids[index], default: 0] + 1
            seen[ids[index]] = count
            if count > 1 { ids[index] += "-\(count)" }
        }
        for (index, id) in ids.enumerated() {
            dataset.regions[index].id = id
            if id != slugs[index] {
                dataset.report(Issue(.info, .regionIDDisambiguated, field: "id", raw: slugs[index], result: id,
                                     at: dataset.regions[index].source,
                                     "\(groups[slugs[index]]!.count) regions are named \"\(dataset.regions[index].name)\"; this one is \(id)."),
                               region: index)
            }
        }
    }
}
