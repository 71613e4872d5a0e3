/// One name a region was seen under, and where: its card, a voorloper bullet, a case link.
struct NameSighting: Hashable, Sendable {
    /// The name as printed (sector tag included, as listed).
    var name: String
    /// Where it was seen (`card`, `voorloper`, `theme_case`, `card_story`).
    var kind: String
    var location: SourceLocation

    init(name: String, kind: String, location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.location = location
    }
}
