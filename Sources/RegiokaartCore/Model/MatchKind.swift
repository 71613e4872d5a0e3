/// How a listed name was tied to a CBS municipality.
public enum MatchKind: String, Sendable, Codable, CaseIterable {
    case exact
    case alias
    case qualifier
    case folded
    case former
    /// A CBS woonplaats (place) listed instead of its municipality: `Rosmalen` → 's-Hertogenbosch.
    case place
    case fuzzy
    /// A one-letter typo in a short name, placed only because the card's geography agrees: `Osss` → Oss.
    case shortFuzzy = "short_fuzzy"
    /// Not listed by name: the municipality lies in a listed province.
    case province
}
