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
        // Each slug hashed once: its group's number, and per group the number of regions named so.
        var groupOfSlug: [String: Int] = [:]
        groupOfSlug.reserveCapacity(slugs.count)
        var group: [Int] = []
        group.reserveCapacity(slugs.count)
        var groupSize: [Int] = []
        for slug in slugs {
            if let known = groupOfSlug[slug] {
                group.append(known)
                groupSize[known] += 1
            } else {
                groupOfSlug[slug] = groupSize.count
                group.append(groupSize.count)
                groupSize.append(1)
            }
        }
        var ids = slugs
        for (index, slug) in slugs.enumerated() where groupSize[group[index]] > 1 {
            let sectors = dataset.regions[index].sectors.map(\.rawValue).joined(separator: "-")
            ids[index] = sectors.isEmpty ? slug : "\(slug)-\(sectors)"
        }
        var seen: [String: Int] = [:]
        seen.reserveCapacity(ids.count)
        for index in ids.indices {
            // One probe for an id not seen before (nearly all): the count goes in, and a repeat counts on.
            guard let earlier = seen.updateValue(1, forKey: ids[index]) else { continue }
            seen[ids[index]] = earlier + 1
            ids[index] += "-\(earlier + 1)"
        }
        for (index, id) in ids.enumerated() {
            dataset.regions[index].id = id
            if id != slugs[index] {
                dataset.report(Issue(.info, .regionIDDisambiguated, field: "id", raw: slugs[index], result: id,
                                     at: dataset.regions[index].source,
                                     "\(groupSize[group[index]]) regions are named \"\(dataset.regions[index].name)\"; this one is \(id)."),
                               region: index)
            }
        }
    }
}
