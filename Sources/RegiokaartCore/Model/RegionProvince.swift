/// A province listed as a region's area.
struct RegionProvince: Hashable, Sendable {
    var province: Province
    var nameAsPublished: String
    var source: SourceLocation
}
