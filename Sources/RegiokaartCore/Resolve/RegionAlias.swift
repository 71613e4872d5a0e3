/// A steward's decision: a region mention the rules cannot settle, tied to a region id.
struct RegionAlias: Hashable, Sendable {
    /// The mention as printed, with or without its sector tag ("Noord-Holland Noord (vo/mbo)").
    var mention: String
    /// The region id it stands for.
    var regionID: String
    /// Why, for the next steward.
    var note: String
    /// The row of the alias table.
    var location: SourceLocation

    init(mention: String, regionID: String, note: String, location: SourceLocation) {
        self.mention = mention
        self.regionID = regionID
        self.note = note
        self.location = location
    }
}
