/// The top level of `regions.json`.
public struct RegionsDocument: Codable, Hashable, Sendable {
    public var source: String
    public var regionCount: Int
    public var regions: [RegionRecord]

    enum CodingKeys: String, CodingKey {
        case source, regions
        case regionCount = "region_count"
    }
}
