/// The mention's name equals a region's name once case, diacritics, spaces and punctuation are
/// ignored: "Almere-Lelystad" is "Almere & Lelystad", "Midden Nederland Leert" is "Midden-Nederland Leert".
public struct FoldedNameRule: MentionRule {
    public let kind = ResolutionRule.folded
    public let needsDominance = false
    public init() {}

    public func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        let folded = NameFolding.fold(mention.name)
        guard !folded.isEmpty else { return [] }
        return pool.filter { NameFolding.fold(regions[$0].name) == folded }.map {
            MentionCandidate(region: $0, score: 1,
                             note: "\"\(mention.name)\" is \"\(regions[$0].name)\" ignoring case, diacritics, spaces and punctuation",
                             isExact: true)
        }
    }
}
