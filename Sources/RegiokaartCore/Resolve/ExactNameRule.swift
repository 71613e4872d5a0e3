/// The mention's name (sector tag off) is a region's name or printed name, letter for letter.
public struct ExactNameRule: MentionRule {
    public let kind = ResolutionRule.exact
    public let needsDominance = false
    public init() {}

    public func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        pool.filter { regions[$0].name == mention.name || regions[$0].nameAsPublished == mention.asListed }.map {
            MentionCandidate(region: $0, score: 1, note: "\"\(mention.name)\" is the name of \(regions[$0].id)", isExact: true)
        }
    }
}
