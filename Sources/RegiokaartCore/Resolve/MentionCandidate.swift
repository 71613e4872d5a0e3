/// A region a rule found for a mention, with how well the rule thinks it fits.
struct MentionCandidate: Hashable, Sendable {
    /// Index of the region in the dataset.
    var region: Int
    /// The rule's score in 0...1 (1 for a name match).
    var score: Double
    /// What the note is made of.
    var explanation: Explanation
    /// True when the match involved no approximation (exact words, no edit distance).
    var isExact: Bool

    /// How the rule got there, for the evidence.
    enum Explanation: Hashable, Sendable {
        /// The note as written.
        case text(String)
        /// The token rule's (`TokenRule.note`), written when read: an archive gives a mention
        /// thousands of candidates, and the evidence quotes a few. Boxed, so that sorting the
        /// candidates moves a pointer, not the parts.
        indirect case words(mention: String, region: NameTokens, id: String, similarity: NameTokens.Similarity)
    }

    init(region: Int, score: Double, note: String, isExact: Bool) {
        self.init(region: region, score: score, explanation: .text(note), isExact: isExact)
    }

    init(region: Int, score: Double, explanation: Explanation, isExact: Bool) {
        self.region = region
        self.score = score
        self.explanation = explanation
        self.isExact = isExact
    }

    /// How the rule got there, for the evidence.
    var note: String {
        switch explanation {
        case .text(let note): note
        case let .words(mention, region, id, similarity): TokenRule.note(mention: mention, region: region, id: id, similarity: similarity)
        }
    }
}
