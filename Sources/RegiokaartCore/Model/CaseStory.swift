/// A practice story: a case page under a theme, or a "Thema:" story inside a region card.
struct CaseStory: Hashable, Sendable {
    /// The theme as printed (menu name for theme cases, the "Thema:" label for card stories).
    var theme: String
    /// The story's title.
    var title: Located<String>
    /// The region mention the story is about (the menu's region link, or the card's name).
    var mention: RegionMention
    /// The paragraphs in order, repeated text removed.
    var paragraphs: [Located<String>]
    /// For card stories: the card's region index (the region is known, not resolved).
    var cardRegion: Int?
    /// Filled in by `ResolveRegionMentions`.
    var resolution: MentionResolution?

    init(theme: String, title: Located<String>, mention: RegionMention, paragraphs: [Located<String>],
         cardRegion: Int? = nil) {
        self.theme = theme
        self.title = title
        self.mention = mention
        self.paragraphs = paragraphs
        self.cardRegion = cardRegion
    }
}
