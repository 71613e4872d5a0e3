/// Writes the rows of `municipalities.csv`: every reference municipality with, per sector, the
/// regions covering it (`Coverage`'s lists, joined by `|`), the number of distinct regions, then
/// per sector the same regions' names (`|`-separated, in the same order as the ids) and the sectors
/// in which it is covered by more than one distinct region (`overlap_sectors`, `coverage.overlap`).
///
/// Works with region and municipality indices rather than `Coverage`'s id strings: on a large
/// archive every municipality is covered by thousands of regions, and collecting their ids, joining
/// them into new strings and counting them through a `Set<String>` (twice, once per CSV dialect)
/// cost more than the rest of the file. The bytes are the same: `MunicipalitiesTableWriterTests`
/// compares them with the `Coverage`-based rows.
struct MunicipalitiesTableWriter {
    let municipalities: [Municipality]
    let regions: [Region]

    /// Appends a row per municipality to `csv` (whose header is written).
    func write(into csv: inout CSVWriter) {
        let sectors = Sector.allCases.count
        // The row of each code (the first, should the reference list a code twice).
        var rowOfCode: [String: Int] = [:]
        for row in municipalities.indices where rowOfCode[municipalities[row].code] == nil {
            rowOfCode[municipalities[row].code] = row
        }
        // Region indices per municipality row and sector slot, in publication order, as `Coverage`
        // collects them (a region listing a municipality twice is in its list twice).
        var covering = Array(repeating: [Int](), count: municipalities.count * sectors)
        for index in regions.indices where regions[index].scope != .national {
            let slots = regions[index].sectors.map(Coverage.slot)
            guard !slots.isEmpty else { continue }
            for m in regions[index].municipalities.indices {
                guard let row = rowOfCode[regions[index].municipalities[m].municipality.code] else { continue }
                for slot in slots { covering[row * sectors + slot].append(index) }
            }
        }
        // Every region's id as bytes, end to end, and the first region with each id: distinct
        // regions are counted by id.
        var idBytes: [UInt8] = []
        var idEnd: [Int] = []
        idEnd.reserveCapacity(regions.count)
        var firstWithID: [String: Int] = [:]
        var canonical: [Int] = []
        canonical.reserveCapacity(regions.count)
        for index in regions.indices {
            let id = regions[index].id
            idBytes.append(contentsOf: id.utf8)
            idEnd.append(idBytes.count)
            if let first = firstWithID[id] { canonical.append(first) } else {
                firstWithID[id] = index
                canonical.append(index)
            }
        }
        var lastCountedIn = Array(repeating: -1, count: regions.count)
        var lastCountedInSector = Array(repeating: -1, count: regions.count)
        var joined: [UInt8] = []
        var overlaps: [String] = []
        idBytes.withUnsafeBufferPointer { idBytes in
            for (row, m) in municipalities.enumerated() {
                csv.field(m.code)
                csv.field(m.name)
                csv.field(m.provinceCode)
                csv.field(m.provinceName)
                let listRow = rowOfCode[m.code]!
                var distinct = 0
                overlaps.removeAll(keepingCapacity: true)
                for sector in Sector.allCases {
                    joined.removeAll(keepingCapacity: true)
                    var distinctInSector = 0
                    let stamp = row * sectors + Coverage.slot(sector)
                    for (n, index) in covering[listRow * sectors + Coverage.slot(sector)].enumerated() {
                        if n > 0 { joined.append(UInt8(ascii: "|")) }
                        joined.append(contentsOf: UnsafeBufferPointer(rebasing: idBytes[(index == 0 ? 0 : idEnd[index - 1])..<idEnd[index]]))
                        if lastCountedIn[canonical[index]] != row {
                            lastCountedIn[canonical[index]] = row
                            distinct += 1
                        }
                        if lastCountedInSector[canonical[index]] != stamp {
                            lastCountedInSector[canonical[index]] = stamp
                            distinctInSector += 1
                        }
                    }
                    joined.withUnsafeBufferPointer { csv.field(utf8: $0) }
                    if distinctInSector > 1 { overlaps.append(sector.rawValue) }
                }
                csv.field(distinct)
                for sector in Sector.allCases {
                    csv.field(covering[listRow * sectors + Coverage.slot(sector)].map { regions[$0].name }.joined(separator: "|"))
                }
                csv.field(overlaps.joined(separator: "|"))
                csv.endRecord()
            }
        }
    }
}
