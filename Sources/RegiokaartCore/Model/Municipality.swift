/// A municipality (gemeente) from the CBS reference list.
struct Municipality: Hashable, Sendable, Codable {
    /// CBS code, e.g. `GM0202`.
    var code: String
    /// CBS name, e.g. `Hengelo (O.)`.
    var name: String
    /// Province code, e.g. `PV23`.
    var provinceCode: String
    /// Province name in CBS spelling, e.g. `Overijssel`.
    var provinceName: String
    /// Centroid latitude (WGS84), if known.
    var latitude: Double?
    /// Centroid longitude (WGS84), if known.
    var longitude: Double?

    init(code: String, name: String, provinceCode: String, provinceName: String,
         latitude: Double? = nil, longitude: Double? = nil) {
        self.code = code
        self.name = name
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.latitude = latitude
        self.longitude = longitude
    }
}
