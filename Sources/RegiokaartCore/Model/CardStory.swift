/// A "Thema:" story printed inside a region card.
public struct CardStory: Hashable, Sendable {
    /// The heading line without its "Thema:" prefix.
    public var heading: Located<String>
    /// The paragraphs in order.
    public var paragraphs: [Located<String>]

    public init(heading: Located<String>, paragraphs: [Located<String>]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}
