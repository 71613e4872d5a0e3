/// The mention's distinctive words are like a region's: Jaccard similarity of the word sets, filler
/// words ignored (see `NameTokens`), at least `threshold`. "Regio Zwolle en omgeving" and
/// "Onderwijsregio Zwolle en omgeving" are both {zwolle}; "Utrecht Stad" is 2/3 of "Utrecht Leert-Stad".
struct TokenRule: MentionRule {
    let kind = ResolutionRule.tokens
    let needsDominance = false
    /// The least similarity that makes a candidate: half the words shared.
    let threshold: Double

    init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    /// Only regions sharing a word with the mention, or a word a spelling variant could pair with
    /// (same first three bytes, five or more), can score above 0: the index lists just those. (A
    /// threshold of 0 or less admits every region of the pool.)
    func candidates(for mention: RegionMention, in index: RegionIndex, pool: RegionPool) -> [MentionCandidate] {
        let words = NameTokens(mention.name)
        guard !words.words.isEmpty else { return [] }
        guard threshold > 0 else {
            let pooled = index.regions.indices.filter { pool.contains(index.regions[$0]) }
            return pooled.compactMap { candidate(words, NameTokens(index.regions[$0].name), $0, index.regions) }
        }
        // A region can pair at most the mention words it has, or has a stem of: `reach` of them.
        // With `m` words matched the score is m / (mention words + region words - m), so a region
        // whose score at m = reach is under the threshold is no candidate (and is not tokenised).
        // Counted in arrays by region number, each region once per word (`countedFor`): a
        // dictionary of counts and a set per word were a fifth of the rule's time on archives.
        var reach = [Int32](repeating: 0, count: index.regions.count)
        var countedFor = [Int32](repeating: -1, count: index.regions.count)
        var reached: [Int] = []
        for (number, word) in words.words.enumerated() {
            let stem = RegionIndex.stem(word)
            for list in [index.byWord.regions(for: word), stem.map { index.byWordStem.regions(for: $0) } ?? []] {
                for region in list where countedFor[region] != Int32(number) {
                    countedFor[region] = Int32(number)
                    if reach[region] == 0 { reached.append(region) }
                    reach[region] += 1
                }
            }
        }
        reached.sort()
        let reachable = reached.filter { region in
            let count = Int(index.wordCounts[region])
            guard count < Int(UInt8.max) else { return true }  // the count was clamped: no bound
            let matched = min(Int(reach[region]), count)
            return Double(matched) / Double(words.words.count + count - matched) >= threshold
        }
        let regions = index.regions
        let described = words.description  // the mention's side of every candidate's note
        return index.merged([reachable], in: pool).compactMap {
            candidate(words, NameTokens(regions[$0].name), $0, regions, described: described)
        }
    }

    /// The candidate `index` with its evidence; `described` is `words.description` when known.
    func candidate(_ words: NameTokens, _ other: NameTokens, _ index: Int, _ regions: [Region],
                   described: String? = nil) -> MentionCandidate? {
        let similarity = words.similarity(to: other)
        guard similarity.score >= threshold else { return nil }
        return MentionCandidate(region: index, score: similarity.score,
                                explanation: .words(mention: described ?? words.description, region: other,
                                                    id: regions[index].id, similarity: similarity),
                                isExact: similarity.fuzzyPairs.isEmpty)
    }

    /// The note of a candidate: the mention's words (`described`), the region's, its id and the similarity.
    static func note(mention described: String, region other: NameTokens, id: String, similarity: NameTokens.Similarity) -> String {
        var note = "words \(described) vs \(other.description) of \(id): similarity \(format(similarity.score))"
        if !similarity.fuzzyPairs.isEmpty { note += " (spelling variants \(similarity.fuzzyPairs.joined(separator: ", ")))" }
        return note
    }

    /// A score with two decimals, the same on every platform.
    static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
