/// Which regions cover each municipality for one sector, as the maps and the report draw it: the
/// regions serving the sector (national ones aside, one per id), and per municipality code the
/// indices (into `regions`) of those regions listing it, each once, in publication order.
///
/// Read from `Dataset.coverage`, keeping of each id the first region serving the sector.
struct SectorCoverage {
    /// The sector drawn.
    let sector: Sector
    /// Indices into the dataset's regions: those serving `sector`, first of each id, in publication order.
    let regions: [Int]
    /// Per region index, whether it is among `regions`.
    private let drawn: [Bool]
    /// Which regions cover each municipality in every sector (`Dataset.coverage`), read per call:
    /// a table per sector of its own was a copy of the whole coverage.
    private let coverage: Coverage

    /// The coverage of `sector` among `all`, read from `coverage` (computed from the same regions).
    init(sector: Sector, regions all: [Region], coverage: Coverage) {
        self.sector = sector
        var seen = Set<String>()
        var drawn = Array(repeating: false, count: all.count)
        var regions: [Int] = []
        for index in all.indices where all[index].scope != .national && all[index].sectors.contains(sector) {
            guard seen.insert(all[index].id).inserted else { continue }
            regions.append(index)
            drawn[index] = true
        }
        self.regions = regions
        self.drawn = drawn
        self.coverage = coverage
    }

    /// The municipality codes the coverage has a row for, each once, in reference order.
    var codes: [String] {
        var seen = Set<String>()
        return coverage.municipalities.map(\.code).filter { seen.insert($0).inserted }
    }

    /// The regions covering municipality `code`.
    func covering(_ code: String) -> [Int] {
        coverage.row(of: code).map { covering(row: $0) } ?? []
    }

    /// The regions covering the municipality of coverage row `row`.
    func covering(row: Int) -> [Int] {
        let listed = coverage.regions(covering: row, sector)
        var covering: [Int] = []
        // Room for all at once: the maps ask for a thousand of these lists, most one or two long.
        covering.reserveCapacity(listed.count)
        // A region listing the municipality twice is in the coverage's list twice, in a row.
        for index in listed where drawn[index] && covering.last != index {
            covering.append(index)
        }
        return covering
    }
}
