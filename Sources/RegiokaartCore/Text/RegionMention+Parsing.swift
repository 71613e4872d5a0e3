/// Reading a mention as printed: its sector tag split off, its landsdeel recognised.
extension RegionMention {
    /// A mention of `asListed` (sector tag included) at `location`; `landsdeel` is the part of the
    /// country it is listed under, if any ("Landelijk" marks a national region).
    init(kind: Kind, asListed: String, landsdeel: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.asListed = asListed
        let (name, tag) = SectorTag.split(asListed)
        self.name = name
        self.tag = tag
        self.landsdeel = landsdeel
        self.location = location
        self.isNational = landsdeel.map { NameFolding.fold($0) == "landelijk" } ?? false
    }
}
