/// A place in a source document where a region is named: a voorloper in the July 2023 article, the
/// region link of a theme case, or the card a "Thema:" story is printed in.
struct RegionMention: Hashable, Sendable {
    /// Where the mention comes from.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A bullet of the voorlopers article.
        case voorloper
        /// The region link of a case story on a theme page.
        case themeCase = "theme_case"
        /// A "Thema:" story inside a region card: the region is the card's.
        case cardStory = "card_story"
    }

    var kind: Kind
    /// The text as printed, sector tag included: "Noorderwijzer (Drenthe+) (vo/mbo)".
    var asListed: String
    /// The name without its sector tag, whitespace collapsed: "Noorderwijzer (Drenthe+)".
    var name: String
    /// The sector tag, if the mention carries one.
    var tag: SectorTag?
    /// The part of the country the article lists it under ("Noord-Nederland", "Landelijk"), if any.
    var landsdeel: String?
    /// Where it was read.
    var location: SourceLocation
    /// True when the article lists it under "Landelijk" (a national region).
    var isNational: Bool

    /// The sectors the tag names (empty when untagged).
    var sectors: [Sector] { tag?.sectors ?? [] }
}
