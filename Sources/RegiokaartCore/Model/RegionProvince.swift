/// A province listed as a region's area.
public struct RegionProvince: Hashable, Sendable {
    public var province: Province
    public var nameAsPublished: String
    public var source: SourceLocation
}
