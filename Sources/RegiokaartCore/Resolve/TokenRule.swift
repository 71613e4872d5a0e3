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
        var reach: [Int: Int] = [:]
        for word in words.words {
            var regions = index.byWord.regions(for: word)
            if let stem = RegionIndex.stem(word) { regions = Array(Set(regions + index.byWordStem.regions(for: stem))) }
            for region in regions { reach[region, default: 0] += 1 }
        }
        let reachable = reach.keys.sorted().filter { region in
            let count = Int(index.wordCounts[region])
            guard count < Int(UInt8.max) else { return true }  // the count was clamped: no bound
            let matched = min(reach[region]!, count)
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
        var note = "words \(described ?? words.description) vs \(other.description) of \(regions[index].id): similarity \(Self.format(similarity.score))"
        if !similarity.fuzzyPairs.isEmpty { note += " (spelling variants \(similarity.fuzzyPairs.joined(separator: ", ")))" }
        return MentionCandidate(region: index, score: similarity.score, note: note, isExact: similarity.fuzzyPairs.isEmpty)
    }

    /// A score with two decimals, the same on every platform.
    static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
