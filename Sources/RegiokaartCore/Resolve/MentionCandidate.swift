/// A region a rule found for a mention, with how well the rule thinks it fits. Two candidates are
/// the same when their region, score, note and exactness are, however the note is kept.
struct MentionCandidate: Hashable, Sendable {
    /// Index of the region in the dataset.
    var region: Int
    /// The rule's score in 0...1 (1 for a name match).
    var score: Double
    /// What the note is made of.
    var explanation: Explanation
    /// True when the match involved no approximation (exact words, no edit distance).
    var isExact: Bool

    /// What a note is made of. The rules that give a mention a candidate per copy of an archive keep
    /// the parts and write the note when the evidence reads it: the evidence quotes a few.
    enum Explanation: Sendable {
        /// The note as written.
        case text(String)
        /// The token rule's (`TokenRule.note`). Boxed, as `pieces`, so that sorting the
        /// candidates moves a pointer, not the parts.
        indirect case words(mention: String, region: NameTokens, id: String, similarity: NameTokens.Similarity)
        /// The three parts, joined.
        indirect case pieces(String, String, String)
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
        case let .pieces(before, middle, after): before + middle + after
        }
    }

    static func == (a: MentionCandidate, b: MentionCandidate) -> Bool {
        a.region == b.region && a.score == b.score && a.isExact == b.isExact && a.note == b.note
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(region)
        hasher.combine(score)
        hasher.combine(note)
        hasher.combine(isExact)
    }
}
