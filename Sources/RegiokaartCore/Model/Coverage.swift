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
    /// Indices into the regions, per row and sector (`row * Sector.allCases.count + slot`).
    let covering: [[Int]]
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
        var covering = Array(repeating: [Int](), count: municipalities.count * sectors)
        // The row of each municipality number, looked up by code once per number (-2: not yet):
        // an archive has hundreds of thousands of pairs and a few hundred numbers.
        var rowOfNumber: [Int] = []
        for index in regions.indices where regions[index].scope != .national {
            let slots = regions[index].sectors.map(Self.slot)
            guard !slots.isEmpty else { continue }
            for link in regions[index].municipalities {
                let row: Int?
                if let number = link.municipalityNumber {
                    if number >= rowOfNumber.count { rowOfNumber += Array(repeating: -2, count: number + 1 - rowOfNumber.count) }
                    if rowOfNumber[number] == -2 { rowOfNumber[number] = rowOfCode[link.municipality.code] ?? -1 }
                    row = rowOfNumber[number] >= 0 ? rowOfNumber[number] : nil
                } else {
                    row = rowOfCode[link.municipality.code]
                }
                guard let row else { continue }
                for slot in slots { covering[row * sectors + slot].append(index) }
            }
        }
        var firstWithID: [String: Int] = [:]
        var firstWithSameID: [Int] = []
        firstWithSameID.reserveCapacity(regions.count)
        for index in regions.indices {
            if let first = firstWithID[regions[index].id] { firstWithSameID.append(first) } else {
                firstWithID[regions[index].id] = index
                firstWithSameID.append(index)
            }
        }
        self.rowOfCode = rowOfCode
        self.covering = covering
        self.firstWithSameID = firstWithSameID
    }

    /// Whether the coverage could index `regions`: one entry per region. A coverage outlives no change
    /// to the regions' areas; a caller that changes them clears `Dataset.coverage`.
    func fits(_ regions: [Region]) -> Bool { firstWithSameID.count == regions.count }

    /// The row of municipality `code`, or nil when the reference does not list it.
    func row(of code: String) -> Int? { rowOfCode[code] }

    /// The indices of the regions covering the municipality of `row` for `sector`, in publication order.
    func regions(covering row: Int, _ sector: Sector) -> [Int] {
        covering[row * Sector.allCases.count + Self.slot(sector)]
    }

    /// The indices of the regions covering municipality `code` for `sector`; empty for a code the
    /// reference does not list.
    func regions(covering code: String, _ sector: Sector) -> [Int] {
        rowOfCode[code].map { regions(covering: $0, sector) } ?? []
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
