/// Which regions cover each municipality for one sector, as the maps and the report draw it: the
/// regions serving the sector (national ones aside, one per id), and per municipality code the
/// indices (into `regions`) of the distinct regions listing it, in publication order.
struct SectorCoverage {
    let sector: Sector
    /// Indices into the dataset's regions: those serving `sector`, first of each id, in publication order.
    let regions: [Int]
    /// Per municipality code, the covering regions (indices into the dataset's regions).
    let byCode: [String: [Int]]

    init(sector: Sector, regions all: [Region]) {
        self.sector = sector
        var seen = Set<String>()
        var regions: [Int] = []
        var byCode: [String: [Int]] = [:]
        for index in all.indices where all[index].scope != .national && all[index].sectors.contains(sector) {
            guard seen.insert(all[index].id).inserted else { continue }
            regions.append(index)
            var listed = Set<String>()
            for m in all[index].municipalities where listed.insert(m.municipality.code).inserted {
                byCode[m.municipality.code, default: []].append(index)
            }
        }
        self.regions = regions
        self.byCode = byCode
    }

    /// The regions covering municipality `code`.
    func covering(_ code: String) -> [Int] { byCode[code] ?? [] }
}
