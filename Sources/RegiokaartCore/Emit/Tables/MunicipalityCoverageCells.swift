/// The coverage cells of `municipalities.csv`, read from `Dataset.coverage`: per sector the
/// covering regions' ids and names (`|`-separated, in publication order), the number of distinct
/// regions, and the sectors covered by more than one distinct region (`overlap_sectors`).
///
/// A reference type holding scratch buffers: on a large archive every municipality is covered by
/// thousands of regions, so each region's id and name are laid out as bytes once and every list is
/// written from them piece by piece (no String per list), and distinct regions are counted with a
/// stamp per region rather than a set of ids.
final class MunicipalityCoverageCells {
    /// Which regions cover each municipality (`Dataset.coverage`).
    let coverage: Coverage
    /// The regions the coverage's indices point into.
    let regions: [Region]
    /// Every region's id as bytes, end to end, region `i`'s at `idStart[i]..<idStart[i + 1]`.
    private let ids: RegionTexts
    /// Every region's name, laid out as `ids`.
    private let names: RegionTexts
    /// Per region, the count that last saw its id (`Coverage.firstWithSameID`).
    private var lastCounted: [Int]
    private var counting = 0

    /// The cells for `regions` covered as `coverage` says (computed from the same regions).
    init(coverage: Coverage, regions: [Region]) {
        self.coverage = coverage
        self.regions = regions
        ids = RegionTexts(regions, \.id)
        names = RegionTexts(regions, \.name)
        lastCounted = Array(repeating: -1, count: regions.count)
    }

    /// The regions covering the municipality of `row` for `sector`.
    private func covering(_ row: Int?, _ sector: Sector) -> CoveringRegions {
        row.map { coverage.regions(covering: $0, sector) } ?? CoveringRegions()
    }

    /// Writes the ids of the regions covering `row` for `sector` as one field of `csv`.
    func writeIDs(_ row: Int?, _ sector: Sector, into csv: inout CSVWriter) {
        ids.writeList(covering(row, sector), into: &csv)
    }

    /// Writes the names of the regions covering `row` for `sector`, `|`-separated, in the order of
    /// the ids, as one field of `csv`.
    func writeNames(_ row: Int?, _ sector: Sector, into csv: inout CSVWriter) {
        names.writeList(covering(row, sector), into: &csv)
    }

    /// The number of distinct regions (by id) covering `row` in any sector.
    func distinctCount(_ row: Int?) -> Int {
        counting += 1
        return Sector.allCases.reduce(0) { $0 + countUnseen(covering(row, $1)) }
    }

    /// The sectors for which more than one distinct region covers `row`, `|`-separated.
    func overlapSectors(_ row: Int?) -> String {
        Sector.allCases.filter { sector in
            counting += 1
            return countUnseen(covering(row, sector)) > 1
        }.map(\.rawValue).joined(separator: "|")
    }

    /// The number of ids among `list` not yet seen since `counting` was last advanced.
    private func countUnseen(_ list: CoveringRegions) -> Int {
        let stamp = counting
        return coverage.firstWithSameID.withUnsafeBufferPointer { first in
            lastCounted.withUnsafeMutableBufferPointer { last in
                var count = 0
                for index in list where last[first[index]] != stamp {
                    last[first[index]] = stamp
                    count += 1
                }
                return count
            }
        }
    }
}

/// One text per region (its id or its name) as UTF-8 bytes end to end, for writing lists of them;
/// whether each needs quotes is found once per dialect (the cells of one table may be written in
/// several dialects at once, `CSVTableWriter`).
private final class RegionTexts {
    private let bytes: [UInt8]
    /// Text `i` is at `start[i]..<start[i + 1]`.
    private let start: [Int]
    /// Per dialect written so far, per text: 0 not yet checked, 1 written as it is, 2 quoted in that dialect.
    private var quoting: [(dialect: CSVDialect, texts: [UInt8])] = []

    /// The `text` of each of `regions`, in their order; the bytes sized once (grown by doubling, they
    /// kept up to twice their size through the writing).
    init(_ regions: [Region], _ text: (Region) -> String) {
        var count = 0
        for region in regions { count += text(region).utf8.count }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var start = [0]
        start.reserveCapacity(regions.count + 1)
        for region in regions {
            bytes.append(contentsOf: text(region).utf8)
            start.append(bytes.count)
        }
        self.bytes = bytes
        self.start = start
    }

    /// The place in `quoting` of `dialect`'s entry, made on first use.
    private func quotingSlot(_ dialect: CSVDialect) -> Int {
        if let k = quoting.firstIndex(where: { $0.dialect == dialect }) { return k }
        quoting.append((dialect, Array(repeating: 0, count: start.count - 1)))
        return quoting.count - 1
    }

    /// Writes the texts of `indices`, `|`-separated, as one field of `csv`.
    func writeList(_ regions: CoveringRegions, into csv: inout CSVWriter) {
        let joiner = UInt8(ascii: "|")
        let slot = quotingSlot(csv.dialect)
        bytes.withUnsafeBufferPointer { bytes in
            start.withUnsafeBufferPointer { start in
                regions.withUnsafeIndices { indices in
                    var quoted = indices.count > 1 && csv.needsQuotes(joiner: joiner)
                    quoting[slot].texts.withUnsafeMutableBufferPointer { quoting in
                        for i in indices.lazy.map({ Int($0) }) {
                            if quoting[i] == 0 {
                                quoting[i] = csv.needsQuotes(UnsafeBufferPointer(rebasing: bytes[start[i]..<start[i + 1]])) ? 2 : 1
                            }
                            quoted = quoted || quoting[i] == 2
                        }
                    }
                    if quoted {
                        csv.field(joining: indices.count, by: joiner, quoted: true) { n in
                            let i = Int(indices[n])
                            return UnsafeBufferPointer(rebasing: bytes[start[i]..<start[i + 1]])
                        }
                        return
                    }
                    // Unquoted (nearly every list): the texts copied end to end with one capacity check.
                    guard let first = indices.first.map({ Int($0) }) else { return csv.emptyField() }
                    var count = indices.count - 1
                    for i in indices.lazy.map({ Int($0) }) { count += start[i + 1] - start[i] }
                    let lead = start[first + 1] > start[first] ? bytes[start[first]] : indices.count > 1 ? joiner : nil
                    csv.field(unquoted: count, startingWith: lead) { p in
                        var at = 0
                        for n in indices.indices {
                            if n > 0 {
                                p[at] = joiner
                                at += 1
                            }
                            let i = Int(indices[n]), length = start[i + 1] - start[i]
                            if length > 0 { (p + at).update(from: bytes.baseAddress! + start[i], count: length) }
                            at += length
                        }
                    }
                }
            }
        }
    }
}
