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

/// A province with the other names it goes by.
public struct Province: Hashable, Sendable, Codable {
    /// CBS code, e.g. `PV21`.
    public var code: String
    /// CBS name, e.g. `Fryslân`.
    public var name: String
    /// Other spellings, e.g. `Friesland`, `Provincie Fryslân`, `NL-FR`.
    public var aliases: [String]

    public init(code: String, name: String, aliases: [String]) {
        self.code = code
        self.name = name
        self.aliases = aliases
    }
}

/// A municipal merger (herindeling): a former municipality and the 2025 municipality that holds its territory.
public struct Merger: Hashable, Sendable, Codable {
    public var date: String
    public var oldName: String
    public var oldCode: String
    public var newName: String
    public var newCode: String

    public init(date: String, oldName: String, oldCode: String, newName: String, newCode: String) {
        self.date = date
        self.oldName = oldName
        self.oldCode = oldCode
        self.newName = newName
        self.newCode = newCode
    }
}

/// A steward's correction: a name the rules cannot match (or match wrongly), tied to a municipality code.
public struct MunicipalityAlias: Hashable, Sendable, Codable {
    public var name: String
    public var code: String
    public var note: String
    public var location: SourceLocation
    /// The id of the only card the row applies to; nil for a row that applies to every card.
    public var regionID: String?

    public init(name: String, code: String, note: String, location: SourceLocation, regionID: String? = nil) {
        self.name = name
        self.code = code
        self.note = note
        self.location = location
        self.regionID = regionID
    }
}
