/// The mention's name (sector tag off) is a region's name or printed name, letter for letter.
struct ExactNameRule: MentionRule {
    let kind = ResolutionRule.exact
    let needsDominance = false
    init() {}

    func candidates(for mention: RegionMention, in index: RegionIndex, pool: RegionPool) -> [MentionCandidate] {
        let lists = [index.byName.regions(for: mention.name), index.byPublishedName.regions(for: mention.asListed)]
        let regions = index.regions
        return index.merged(lists, in: pool)
            .filter { regions[$0].name == mention.name || regions[$0].nameAsPublished == mention.asListed }
            .map { candidate(mention, $0, regions) }
    }

    func candidate(_ mention: RegionMention, _ region: Int, _ regions: [Region]) -> MentionCandidate {
        MentionCandidate(region: region, score: 1, note: "\"\(mention.name)\" is the name of \(regions[region].id)", isExact: true)
    }
}
