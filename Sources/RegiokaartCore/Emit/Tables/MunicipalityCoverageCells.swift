/// The coverage cells of `municipalities.csv`, read from `Dataset.coverage`: per sector the
/// covering regions' ids and names (`|`-separated, in publication order), the number of distinct
/// regions, and the sectors covered by more than one distinct region (`overlap_sectors`).
///
/// A reference type holding scratch buffers: on a large archive every municipality is covered by
/// thousands of regions, so the id lists are written as bytes (no String per list) and distinct
/// regions are counted with a stamp per region rather than a set of ids.
final class MunicipalityCoverageCells {
    /// Which regions cover each municipality (`Dataset.coverage`).
    let coverage: Coverage
    /// The regions the coverage's indices point into.
    let regions: [Region]
    /// Every region's id as bytes, end to end; `idEnd[i]` is where region `i`'s id ends.
    private var idBytes: [UInt8] = []
    private var idEnd: [Int] = []
    /// The `|`-joined ids of the list being written.
    private var joined: [UInt8] = []
    /// Per region, the count that last saw its id (`Coverage.firstWithSameID`).
    private var lastCounted: [Int]
    private var counting = 0

    /// The cells for `regions` covered as `coverage` says (computed from the same regions).
    init(coverage: Coverage, regions: [Region]) {
        self.coverage = coverage
        self.regions = regions
        idEnd.reserveCapacity(regions.count)
        for region in regions {
            idBytes.append(contentsOf: region.id.utf8)
            idEnd.append(idBytes.count)
        }
        lastCounted = Array(repeating: -1, count: regions.count)
    }

    /// The regions covering the municipality of `row` for `sector`.
    private func covering(_ row: Int?, _ sector: Sector) -> [Int] {
        row.map { coverage.regions(covering: $0, sector) } ?? []
    }

    /// Writes the ids of the regions covering `row` for `sector` as one field of `csv`.
    func writeIDs(_ row: Int?, _ sector: Sector, into csv: inout CSVWriter) {
        joined.removeAll(keepingCapacity: true)
        idBytes.withUnsafeBufferPointer { ids in
            for (n, index) in covering(row, sector).enumerated() {
                if n > 0 { joined.append(UInt8(ascii: "|")) }
                joined.append(contentsOf: UnsafeBufferPointer(rebasing: ids[(index == 0 ? 0 : idEnd[index - 1])..<idEnd[index]]))
            }
        }
        joined.withUnsafeBufferPointer { csv.field(utf8: $0) }
    }

    /// The names of the regions covering `row` for `sector`, `|`-separated, in the order of the ids.
    func names(_ row: Int?, _ sector: Sector) -> String {
        covering(row, sector).map { regions[$0].name }.joined(separator: "|")
    }

    /// The number of distinct regions (by id) covering `row` in any sector.
    func distinctCount(_ row: Int?) -> Int {
        distinct(Sector.allCases.map { covering(row, $0) })
    }

    /// The sectors for which more than one distinct region covers `row`, `|`-separated.
    func overlapSectors(_ row: Int?) -> String {
        Sector.allCases.filter { distinct([covering(row, $0)]) > 1 }.map(\.rawValue).joined(separator: "|")
    }

    /// The number of distinct ids among the regions of `lists`.
    private func distinct(_ lists: [[Int]]) -> Int {
        counting += 1
        var count = 0
        for list in lists {
            for index in list where lastCounted[coverage.firstWithSameID[index]] != counting {
                lastCounted[coverage.firstWithSameID[index]] = counting
                count += 1
            }
        }
        return count
    }
}
