/// The mention's name equals a region's name once case, diacritics, spaces and punctuation are
/// ignored: "Almere-Lelystad" is "Almere & Lelystad", "Midden Nederland Leert" is "Midden-Nederland Leert".
struct FoldedNameRule: MentionRule {
    let kind = ResolutionRule.folded
    let needsDominance = false
    init() {}

    func candidates(for mention: RegionMention, in index: RegionIndex, pool: RegionPool) -> [MentionCandidate] {
        let folded = NameFolding.fold(mention.name)
        guard !folded.isEmpty else { return [] }
        let regions = index.regions
        return index.merged([index.byFoldedName.regions(for: folded)], in: pool)
            .filter { NameFolding.fold(regions[$0].name) == folded }
            .map { candidate(mention, $0, regions) }
    }

    func candidate(_ mention: RegionMention, _ region: Int, _ regions: [Region]) -> MentionCandidate {
        MentionCandidate(region: region, score: 1,
                         note: "\"\(mention.name)\" is \"\(regions[region].name)\" ignoring case, diacritics, spaces and punctuation",
                         isExact: true)
    }
}
