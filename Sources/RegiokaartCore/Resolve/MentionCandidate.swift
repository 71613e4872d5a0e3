/// A region a rule found for a mention, with how well the rule thinks it fits.
struct MentionCandidate: Hashable, Sendable {
    /// Index of the region in the dataset.
    var region: Int
    /// The rule's score in 0...1 (1 for a name match).
    var score: Double
    /// How the rule got there, for the evidence.
    var note: String
    /// True when the match involved no approximation (exact words, no edit distance).
    var isExact: Bool

    init(region: Int, score: Double, note: String, isExact: Bool) {
        self.region = region
        self.score = score
        self.note = note
        self.isExact = isExact
    }
}
