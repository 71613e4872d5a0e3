/// Reading a mention as printed: its sector tag split off, its landsdeel recognised.
extension RegionMention {
    /// A mention of `asListed` (sector tag included) at `location`; `landsdeel` is the part of the
    /// country it is listed under, if any ("Landelijk" marks a national region).
    init(kind: Kind, asListed: String, landsdeel: String? = nil, location: SourceLocation) {
        let (name, tag) = SectorTag.split(asListed)
        self.init(kind: kind, asListed: asListed, name: name, tag: tag, landsdeel: landsdeel, location: location)
    }

    /// A mention of `asListed` whose name and sector tag were read from it already (a tag printed
    /// otherwise than in round brackets: "Rotterdam – po", "Zeeland [po/vo]").
    init(kind: Kind, asListed: String, name: String, tag: SectorTag?, landsdeel: String?, location: SourceLocation) {
        self.kind = kind
        self.asListed = asListed
        self.name = name
        self.tag = tag
        self.landsdeel = landsdeel
        self.location = location
        self.isNational = landsdeel.map { NameFolding.fold($0) == "landelijk" } ?? false
    }
}
