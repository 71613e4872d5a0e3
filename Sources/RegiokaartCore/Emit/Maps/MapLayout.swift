/// The map shapes matched to the reference municipalities and to the coverage's rows: which shape
/// draws each municipality, and which rows border each row. Made once per dataset and shared by the
/// three maps and their palettes, so no map looks a municipality code up again.
struct MapLayout {
    /// Per municipality (indexed like the municipalities drawn), its shape's index in
    /// `MapGeometry.municipalities`; nil when the geometry has no shape for its code.
    let shapeOf: [Int?]
    /// Per municipality, its coverage row (`Coverage.row(of:)`); nil for a code the coverage lacks.
    let rowOf: [Int?]
    /// The coverage rows of the distinct codes, in row order: a code listed twice counts by its first row.
    let distinctRows: [Int]
    /// Per coverage row, the rows of the municipalities whose shapes border its shape (empty for a
    /// row without a shape, or a repeated code's later row).
    let neighbourRows: [[Int]]

    /// Matches `geometry` to `municipalities` (drawn in that order) and to `coverage`'s rows.
    init(geometry: MapGeometry, municipalities: [Municipality], coverage: Coverage) {
        var shapeOfCode: [String: Int] = [:]
        for (index, shape) in geometry.municipalities.enumerated() where shapeOfCode[shape.code] == nil {
            shapeOfCode[shape.code] = index
        }
        shapeOf = municipalities.map { shapeOfCode[$0.code] }
        rowOf = municipalities.map { coverage.row(of: $0.code) }
        let rows = coverage.municipalities
        var distinctRows: [Int] = []
        var neighbourRows = Array(repeating: [Int](), count: rows.count)
        for row in rows.indices where coverage.row(of: rows[row].code) == row {
            distinctRows.append(row)
            guard let shape = shapeOfCode[rows[row].code] else { continue }
            let neighbours = geometry.municipalities[shape].neighbours
            // Room for all at once: grown by `compactMap`'s appends, the arrays cost a sixth of the layout.
            neighbourRows[row].reserveCapacity(neighbours.count)
            for code in neighbours {
                if let neighbour = coverage.row(of: code) { neighbourRows[row].append(neighbour) }
            }
        }
        self.distinctRows = distinctRows
        self.neighbourRows = neighbourRows
    }
}
