/// Writes the links onto the regions: each region's voorloper (the first, in article order, when two
/// resolve to it — reported as `voorloper.shared_region`) and every name it was seen under: its card,
/// the voorloper bullet, the case links; one entry per distinct name and file, at its first line.
struct AttachMentions: Step {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var byID: [String: Int] = [:]
        byID.reserveCapacity(dataset.regions.count)
        // The regions' fields read in place: a copy of a region retains every one of them.
        for index in dataset.regions.indices { byID[dataset.regions[index].id] = index }
        for index in dataset.regions.indices {
            dataset.regions[index].voorloper = nil
            dataset.regions[index].aliases = [dataset.regions[index].cardSighting]
        }
        for voorloper in dataset.mentions.voorlopers {
            guard let id = voorloper.resolution?.regionID, let index = byID[id] else { continue }
            add(voorloper.mention, to: index, in: &dataset)
            if let first = dataset.regions[index].voorloper {
                dataset.report(Issue(.warning, .voorloperSharedRegion, field: "voorloper", raw: voorloper.mention.asListed, result: id,
                                     at: voorloper.mention.location,
                                     "\"\(voorloper.mention.asListed)\" resolved to \(id), which \"\(first.mention.asListed)\" (line \(first.mention.location.line)) already has; the region keeps the first."),
                               region: index)
            } else {
                dataset.regions[index].voorloper = voorloper
            }
        }
        for story in dataset.mentions.cases where story.mention.kind == .themeCase {
            guard let id = story.resolution?.regionID, let index = byID[id] else { continue }
            add(story.mention, to: index, in: &dataset)
        }
    }

    func add(_ mention: RegionMention, to index: Int, in dataset: inout Dataset) {
        let seen = dataset.regions[index].aliases.contains { $0.name == mention.asListed && $0.location.file == mention.location.file }
        guard !seen else { return }
        dataset.regions[index].aliases.append(NameSighting(name: mention.asListed, kind: mention.kind.rawValue, location: mention.location))
    }
}
