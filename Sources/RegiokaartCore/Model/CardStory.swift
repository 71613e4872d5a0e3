/// A "Thema:" story printed inside a region card.
struct CardStory: Hashable, Sendable {
    /// The heading line without its "Thema:" prefix.
    var heading: Located<String>
    /// The paragraphs in order.
    var paragraphs: [Located<String>]

    init(heading: Located<String>, paragraphs: [Located<String>]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
