/// Which regions cover each municipality of the reference list, per sector: the regions serving the
/// sector (national ones aside) that list the municipality, in publication order; a region that
/// lists a municipality twice is in its list twice. Regions are told apart by id: two regions with
/// one id (an error `CheckUniqueIDs` reports) count as one where regions are counted.
///
/// Computed once, by `CheckCoverage`, and kept on the dataset for the checks after it and for the
/// outputs (`municipalities.csv`, the coverage maps).
struct Coverage: Sendable {
    /// The municipalities, in reference order: a row each.
    let municipalities: [Municipality]
    /// The row of each municipality code (the first, should the reference list a code twice).
    let rowOfCode: [String: Int]
    /// Per row and sector (cell `row * Sector.allCases.count + slot`), where its regions start in
    /// `covering`; cell `c`'s are at `starts[c]..<starts[c + 1]`.
    private let starts: [UInt32]
    /// Indices into the regions, cell after cell: one flat array of 32-bit indices, as an array per
    /// cell of `Int`s was a few MB more of an archive's peak.
    private let covering: [UInt32]
    /// Per region index, the index of the first region with the same id.
    let firstWithSameID: [Int]

    /// Indexes `regions` (their ids, scopes, sectors and municipalities) against `municipalities`;
    /// a municipality code outside `municipalities` is not indexed.
    init(regions: [Region], municipalities: [Municipality]) {
        self.municipalities = municipalities
        let sectors = Sector.allCases.count
        var rowOfCode: [String: Int] = [:]
        for row in municipalities.indices where rowOfCode[municipalities[row].code] == nil {
            rowOfCode[municipalities[row].code] = row
        }
        // The row of each municipality number, looked up by code once per number (-2: not yet):
        // an archive has hundreds of thousands of pairs and a few hundred numbers.
        var rowOfNumber: [Int] = []
        func row(of link: RegionMunicipality) -> Int? {
            guard let number = link.municipalityNumber else { return rowOfCode[link.municipality.code] }
            if number >= rowOfNumber.count { rowOfNumber += Array(repeating: -2, count: number + 1 - rowOfNumber.count) }
            if rowOfNumber[number] == -2 { rowOfNumber[number] = rowOfCode[link.municipality.code] ?? -1 }
            return rowOfNumber[number] >= 0 ? rowOfNumber[number] : nil
        }
        // Each (region, municipality, sector) in cell order: counted first, then placed. The links
        // and sectors are read in place: a copy of each link (a retain and a release) and a list of
        // slots per region were a third of the step on an archive.
        func eachEntry(_ body: (_ cell: Int, _ region: Int) -> Void) {
            for index in regions.indices where regions[index].scope != .national {
                let regionSectors = regions[index].sectors
                guard !regionSectors.isEmpty else { continue }
                regions[index].municipalities.withUnsafeBufferPointer { links in
                    for k in links.indices {
                        // A number met before: its row without the link.
                        let known = links[k].municipalityNumber.map { $0 < rowOfNumber.count ? rowOfNumber[$0] : -2 } ?? -2
                        guard let row = known == -2 ? row(of: links[k]) : known >= 0 ? known : nil else { continue }
                        for sector in regionSectors { body(row * sectors + Self.slot(sector), index) }
                    }
                }
            }
        }
        let cells = municipalities.count * sectors
        var starts = Array(repeating: UInt32(0), count: cells + 1)
        eachEntry { cell, _ in starts[cell + 1] += 1 }
        for cell in 0..<cells { starts[cell + 1] += starts[cell] }
        precondition(regions.count <= Int(UInt32.max), "more regions than a UInt32 indexes")
        var next = starts
        var covering = Array(repeating: UInt32(0), count: Int(starts[cells]))
        eachEntry { cell, region in
            covering[Int(next[cell])] = UInt32(region)
            next[cell] += 1
        }
        var firstWithID: [String: Int] = [:]
        firstWithID.reserveCapacity(regions.count)
        var firstWithSameID: [Int] = []
        firstWithSameID.reserveCapacity(regions.count)
        for index in regions.indices {
            // One probe for a new id (nearly all); a repeated one puts its first back.
            if let first = firstWithID.updateValue(index, forKey: regions[index].id) {
                firstWithID[regions[index].id] = first
                firstWithSameID.append(first)
            } else {
                firstWithSameID.append(index)
            }
        }
        self.rowOfCode = rowOfCode
        self.starts = starts
        self.covering = covering
        self.firstWithSameID = firstWithSameID
    }

    /// Whether the coverage could index `regions`: one entry per region. A coverage outlives no change
    /// to the regions' areas; a caller that changes them clears `Dataset.coverage`.
    func fits(_ regions: [Region]) -> Bool { firstWithSameID.count == regions.count }

    /// The row of municipality `code`, or nil when the reference does not list it.
    func row(of code: String) -> Int? { rowOfCode[code] }

    /// The indices of the regions covering the municipality of `row` for `sector`, in publication order.
    func regions(covering row: Int, _ sector: Sector) -> CoveringRegions {
        let cell = row * Sector.allCases.count + Self.slot(sector)
        return CoveringRegions(covering[Int(starts[cell])..<Int(starts[cell + 1])])
    }

    /// The indices of the regions covering municipality `code` for `sector`; empty for a code the
    /// reference does not list.
    func regions(covering code: String, _ sector: Sector) -> CoveringRegions {
        rowOfCode[code].map { regions(covering: $0, sector) } ?? CoveringRegions()
    }

    /// Of `indices`, the first region of each distinct id, in their order.
    func distinct(_ indices: [Int]) -> [Int] {
        var seen = Set<Int>()
        return indices.filter { seen.insert(firstWithSameID[$0]).inserted }
    }

    /// The position of `sector` in `Sector.allCases`.
    static func slot(_ sector: Sector) -> Int {
        switch sector {
        case .po: 0
        case .vo: 1
        case .mbo: 2
        }
    }
}

/// The regions covering one municipality for one sector (`Coverage.regions(covering:_:)`): indices
/// into the regions, in publication order, read in place from the coverage's flat array (the
/// outputs ask for thousands of these lists, each thousands of regions long on an archive).
struct CoveringRegions: RandomAccessCollection {
    private let slice: ArraySlice<UInt32>

    init(_ slice: ArraySlice<UInt32> = []) {
        self.slice = slice
    }

    var startIndex: Int { 0 }
    var endIndex: Int { slice.count }

    subscript(position: Int) -> Int {
        Int(slice[slice.startIndex + position])
    }

    /// Calls `body` with the indices as stored.
    func withUnsafeIndices<Result>(_ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        slice.withUnsafeBufferPointer(body)
    }
}
