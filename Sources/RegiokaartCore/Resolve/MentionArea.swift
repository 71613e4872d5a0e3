/// The area a mention names: the whole country, or provinces and municipalities.
struct MentionArea: Hashable, Sendable {
    /// True for "Landelijk": the national regions.
    var national: Bool
    /// The municipality codes covered (provinces expanded).
    var codes: Set<String>
    /// What was read, for the evidence: "the provinces Groningen, Fryslân (as \"Friesland\"), Drenthe".
    var description: String

    init(national: Bool, codes: Set<String>, description: String) {
        self.national = national
        self.codes = codes
        self.description = description
    }
}
