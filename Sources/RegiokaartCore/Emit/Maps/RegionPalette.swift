/// Fill colours for the regions of one sector: neighbouring regions get different colours.
///
/// Regions are coloured greedily in publication order, each with the least used palette colour that
/// no already coloured neighbour has (two regions are neighbours when they share a municipality or
/// list municipalities that share a border); when every colour is taken, the one least used among
/// the neighbours. Deterministic: the same regions give the same colours.
struct RegionPalette {
    /// Light fills (ColorBrewer Set3/Paired/Set2 lights) that black text and the white municipality
    /// borders stay readable on; no red or orange, which the map keeps for gaps.
    static let colours = ["#a6cee3", "#b2df8a", "#cab2d6", "#ffed6f", "#8dd3c7", "#bebada",
                          "#80b1d3", "#e5c494", "#f4cae4", "#d9d9d9", "#bc80bd"]
    /// The gap colour (a strong red, also hatched).
    static let gap = "#d7191c"

    /// Colour index per region index (as in `coverage.regions`); -1 for a region not drawn.
    private let colourOfRegion: [Int]

    /// Above this many regions (an archive), colours go round in publication order: neighbours are
    /// then too many to tell apart, and the adjacency would grow with the square of the regions.
    static let regionsColouredByNeighbours = 400

    /// The palette of `coverage`'s regions, neighbours read from `layout`.
    init(coverage: SectorCoverage, layout: MapLayout) {
        let drawn = coverage.regions
        // `coverage.regions` is in index order: the last is the largest.
        var colourOfRegion = Array(repeating: -1, count: (drawn.last ?? -1) + 1)
        guard drawn.count <= Self.regionsColouredByNeighbours else {
            for (k, region) in drawn.enumerated() { colourOfRegion[region] = k % Self.colours.count }
            self.colourOfRegion = colourOfRegion
            return
        }
        // Regions by their position in `drawn`, adjacency as an n × n matrix of flags: the regions
        // are at most 400, and sets of region indices per region hashed every pair.
        let n = drawn.count
        var position = Array(repeating: -1, count: colourOfRegion.count)
        for (k, region) in drawn.enumerated() { position[region] = k }
        // Row -> positions of the regions covering it (`covering[first[row]..<first[row + 1]]`), each
        // read once, as a row is read again as the neighbour of each of its neighbours; one flat
        // array, as an array per row was retained and released on every read.
        var covering: [Int] = []
        var first = Array(repeating: 0, count: layout.neighbourRows.count + 1)
        var isDistinct = Array(repeating: false, count: layout.neighbourRows.count)
        for row in layout.distinctRows { isDistinct[row] = true }
        for row in isDistinct.indices {
            if isDistinct[row] { covering += coverage.covering(row: row).lazy.map { position[$0] } }
            first[row + 1] = covering.count
        }
        var adjacent = Array(repeating: false, count: n * n)
        for row in layout.distinctRows {
            for region in covering[first[row]..<first[row + 1]] {
                // Regions sharing the municipality, then those covering a bordering one.
                for other in covering[first[row]..<first[row + 1]] where other != region { adjacent[region * n + other] = true }
                for neighbour in layout.neighbourRows[row] {
                    for other in covering[first[neighbour]..<first[neighbour + 1]] where other != region {
                        adjacent[region * n + other] = true
                    }
                }
            }
        }
        var colourOf = Array(repeating: -1, count: n)
        var total = Array(repeating: 0, count: Self.colours.count)
        for region in 0..<n {
            var used = Array(repeating: 0, count: Self.colours.count)
            for other in 0..<n where adjacent[region * n + other] && colourOf[other] >= 0 { used[colourOf[other]] += 1 }
            // Of the colours no neighbour has, the one used least so far (the first on a tie): the
            // legend's colours then tell regions apart as far as the palette allows.
            let free = used.indices.filter { used[$0] == 0 }
            let colour = free.min { total[$0] < total[$1] } ?? used.indices.min { used[$0] < used[$1] }!
            colourOf[region] = colour
            total[colour] += 1
            colourOfRegion[drawn[region]] = colour
        }
        self.colourOfRegion = colourOfRegion
    }

    /// The colour index (into `colours`) of region `index`; nil for a region not drawn.
    func colourIndex(_ index: Int) -> Int? {
        index < colourOfRegion.count && colourOfRegion[index] >= 0 ? colourOfRegion[index] : nil
    }

    /// The fill of region `index`.
    func colour(_ index: Int) -> String { Self.colours[colourIndex(index) ?? 0] }
}
