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

    /// Colour index per region index (as in `coverage.regions`).
    let colourOf: [Int: Int]

    /// Above this many regions (an archive), colours go round in publication order: neighbours are
    /// then too many to tell apart, and the adjacency would grow with the square of the regions.
    static let regionsColouredByNeighbours = 400

    init(coverage: SectorCoverage, neighbours: [String: [String]]) {
        guard coverage.regions.count <= Self.regionsColouredByNeighbours else {
            colourOf = Dictionary(uniqueKeysWithValues: coverage.regions.enumerated().map { ($1, $0 % Self.colours.count) })
            return
        }
        // Municipality code -> regions covering it (as region indices), each read once: a code is
        // read again as the neighbour of each of its neighbours.
        let byCode = Dictionary(uniqueKeysWithValues: coverage.codes.map { ($0, coverage.covering($0)) })
        var adjacent: [Int: Set<Int>] = [:]
        for (code, covering) in byCode where !covering.isEmpty {
            let touching = covering + (neighbours[code] ?? []).flatMap { byCode[$0] ?? [] }
            for region in covering {
                for other in touching where other != region { adjacent[region, default: []].insert(other) }
            }
        }
        var colourOf: [Int: Int] = [:]
        var total = Array(repeating: 0, count: Self.colours.count)
        for region in coverage.regions {
            var used = Array(repeating: 0, count: Self.colours.count)
            for other in adjacent[region] ?? [] {
                if let c = colourOf[other] { used[c] += 1 }
            }
            // Of the colours no neighbour has, the one used least so far (the first on a tie): the
            // legend's colours then tell regions apart as far as the palette allows.
            let free = used.indices.filter { used[$0] == 0 }
            let colour = free.min { total[$0] < total[$1] } ?? used.indices.min { used[$0] < used[$1] }!
            colourOf[region] = colour
            total[colour] += 1
        }
        self.colourOf = colourOf
    }

    /// The fill of region `index`.
    func colour(_ index: Int) -> String { Self.colours[colourOf[index] ?? 0] }
}
