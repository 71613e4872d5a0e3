/// The area a mention names: the whole country, or provinces and municipalities.
public struct MentionArea: Hashable, Sendable {
    /// True for "Landelijk": the national regions.
    public var national: Bool
    /// The municipality codes covered (provinces expanded).
    public var codes: Set<String>
    /// What was read, for the evidence: "the provinces Groningen, Fryslân (as \"Friesland\"), Drenthe".
    public var description: String

    public init(national: Bool, codes: Set<String>, description: String) {
        self.national = national
        self.codes = codes
        self.description = description
    }
}
