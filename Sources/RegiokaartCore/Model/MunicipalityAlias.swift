/// A steward's correction: a name the rules cannot match (or match wrongly), tied to a municipality code.
struct MunicipalityAlias: Hashable, Sendable, Codable {
    var name: String
    var code: String
    var note: String
    var location: SourceLocation
    /// The id of the only card the row applies to; nil for a row that applies to every card.
    var regionID: String?

    init(name: String, code: String, note: String, location: SourceLocation, regionID: String? = nil) {
        self.name = name
        self.code = code
        self.note = note
        self.location = location
        self.regionID = regionID
    }
}
