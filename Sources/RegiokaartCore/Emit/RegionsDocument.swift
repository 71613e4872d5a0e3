/// The top level of `regions.json`.
struct RegionsDocument: Codable, Hashable, Sendable {
    var source: String
    var regionCount: Int
    var regions: [RegionRecord]

    enum CodingKeys: String, CodingKey {
        case source, regions
        case regionCount = "region_count"
    }
}
