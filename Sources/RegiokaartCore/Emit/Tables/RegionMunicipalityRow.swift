/// One row of `region_municipalities.csv`: a municipality in a region's service area.
struct RegionMunicipalityRow {
    /// The region's id.
    let regionID: String
    /// The file of the region's card, where the pair was listed.
    let sourceFile: String
    /// The municipality and how the region lists it.
    let pair: RegionMunicipality
}
