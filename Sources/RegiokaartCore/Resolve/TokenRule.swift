/// The mention's distinctive words are like a region's: Jaccard similarity of the word sets, filler
/// words ignored (see `NameTokens`), at least `threshold`. "Regio Zwolle en omgeving" and
/// "Onderwijsregio Zwolle en omgeving" are both {zwolle}; "Utrecht Stad" is 2/3 of "Utrecht Leert-Stad".
public struct TokenRule: MentionRule {
    public let kind = ResolutionRule.tokens
    public let needsDominance = false
    /// The least similarity that makes a candidate: half the words shared.
    public let threshold: Double

    public init(threshold: Double = 0.5) {
        self.threshold = threshold
    }

    public func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        let words = NameTokens(mention.name)
        guard !words.words.isEmpty else { return [] }
        return pool.compactMap { index in
            let other = NameTokens(regions[index].name)
            let similarity = words.similarity(to: other)
            guard similarity.score >= threshold else { return nil }
            var note = "words \(words.description) vs \(other.description) of \(regions[index].id): similarity \(Self.format(similarity.score))"
            if !similarity.fuzzyPairs.isEmpty { note += " (spelling variants \(similarity.fuzzyPairs.joined(separator: ", ")))" }
            return MentionCandidate(region: index, score: similarity.score, note: note, isExact: similarity.fuzzyPairs.isEmpty)
        }
    }

    /// A score with two decimals, the same on every platform.
    static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
