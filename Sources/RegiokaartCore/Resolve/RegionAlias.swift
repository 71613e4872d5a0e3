/// A steward's decision: a region mention the rules cannot settle, tied to a region id.
public struct RegionAlias: Hashable, Sendable {
    /// The mention as printed, with or without its sector tag ("Noord-Holland Noord (vo/mbo)").
    public var mention: String
    /// The region id it stands for.
    public var regionID: String
    /// Why, for the next steward.
    public var note: String
    /// The row of the alias table.
    public var location: SourceLocation

    public init(mention: String, regionID: String, note: String, location: SourceLocation) {
        self.mention = mention
        self.regionID = regionID
        self.note = note
        self.location = location
    }
}
