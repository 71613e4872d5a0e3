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
        // Each slug hashed once (a repeated one twice): its group's number, and per group the number
        // of regions named so and the first of them.
        var groupOfSlug: [String: Int] = [:]
        groupOfSlug.reserveCapacity(slugs.count)
        var group: [Int] = []
        group.reserveCapacity(slugs.count)
        var groupSize: [Int] = [], firstOfGroup: [Int] = []
        for (index, slug) in slugs.enumerated() {
            if let known = groupOfSlug.updateValue(groupSize.count, forKey: slug) {
                groupOfSlug[slug] = known
                group.append(known)
                groupSize[known] += 1
            } else {
                group.append(groupSize.count)
                groupSize.append(1)
                firstOfGroup.append(index)
            }
        }
        var ids = slugs
        var shared: [Int] = []
        for (index, slug) in slugs.enumerated() where groupSize[group[index]] > 1 {
            shared.append(index)
            let sectors = dataset.regions[index].sectors.map(\.rawValue).joined(separator: "-")
            ids[index] = sectors.isEmpty ? slug : "\(slug)-\(sectors)"
        }
        // An id given again is numbered. Only a region of a shared name can repeat an id: the others'
        // ids are their slugs, each different. So only those regions are counted, with the region of
        // a name of its own whose slug is one of their ids (in publication order, as one pass over all).
        var counted = shared
        var alone = Set<Int>()
        for index in shared {
            if let other = groupOfSlug[ids[index]], groupSize[other] == 1, alone.insert(other).inserted {
                counted.append(firstOfGroup[other])
            }
        }
        if !alone.isEmpty { counted.sort() }
        var seen: [String: Int] = [:]
        seen.reserveCapacity(counted.count)
        for index in counted {
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
