/// The rule that decided a link (or failed to).
enum ResolutionRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// The steward's alias table (`Input/corrections/region-aliases.csv`).
    case alias
    /// The name equals a region name letter for letter.
    case exact
    /// The name equals a region name ignoring case, diacritics, spaces and punctuation.
    case folded
    /// The word sets are similar once filler words are ignored.
    case tokens
    /// The mention names provinces, municipalities or the whole country, and the region covers them.
    case geography
    /// The mention is a story printed inside the region's own card.
    case card
}
