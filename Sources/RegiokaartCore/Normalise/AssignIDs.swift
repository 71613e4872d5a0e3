/// Gives every region a stable slug id; regions that share a name are told apart by their sectors,
/// then by a number in publication order.
struct AssignIDs: Step {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        // Each distinct name is made a slug once: archives repeat the same names once per copy.
        var slugOf: [String: String] = [:]
        let slugs = dataset.regions.map { region in
            if let known = slugOf[region.name] { return known }
            let slug = Slug.make(region.name)
            slugOf[region.name] = slug
            return slug
        }
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
