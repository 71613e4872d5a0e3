/// A municipality (gemeente) from the CBS reference list.
public struct Municipality: Hashable, Sendable, Codable {
    /// CBS code, e.g. `GM0202`.
    public var code: String
    /// CBS name, e.g. `Hengelo (O.)`.
    public var name: String
    /// Province code, e.g. `PV23`.
    public var provinceCode: String
    /// Province name in CBS spelling, e.g. `Overijssel`.
    public var provinceName: String
    /// Centroid latitude (WGS84), if known.
    public var latitude: Double?
    /// Centroid longitude (WGS84), if known.
    public var longitude: Double?

    public init(code: String, name: String, provinceCode: String, provinceName: String,
                latitude: Double? = nil, longitude: Double? = nil) {
        self.code = code
        self.name = name
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.latitude = latitude
        self.longitude = longitude
    }
}
