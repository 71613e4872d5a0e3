/// Every published table's columns, each declared once: name, meaning (type, constraints, titles
/// and descriptions in English and Dutch) and value (`TableColumns`). The tables are in
/// `ColumnCatalog+<Table>.swift`; this file holds what they share.
///
/// The CSV writers, `datapackage.json` (`DataPackageBuilder`) and the database (`RunDatabase`) all
/// read these declarations, so a column cannot be written without being described, nor described
/// without being written.
enum ColumnCatalog {
    /// The pattern of a region id.
    static let slug = "^[a-z0-9]+(-[a-z0-9]+)*$"
    /// The pattern of a `|`-separated list of region ids.
    static let slugList = "^[a-z0-9]+(-[a-z0-9]+)*(\\|[a-z0-9]+(-[a-z0-9]+)*)*$"
    /// The pattern of a CBS municipality code.
    static let municipalityCode = "^GM[0-9]{4}$"
    /// The pattern of a CBS province code.
    static let provinceCodePattern = "^PV[0-9]{2}$"

    /// Every non-empty combination of sectors in canonical order, as `regions.csv` writes them (`po|vo`).
    static var sectorCombinations: [String] {
        let all = Sector.allCases
        let subsets = (1..<(1 << all.count)).map { mask in all.indices.filter { mask & (1 << $0) != 0 } }
        // Smaller combinations first, each in sector order: po, vo, mbo, po|vo, po|mbo, vo|mbo, po|vo|mbo.
        return subsets.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
            .map { $0.map { all[$0].rawValue }.joined(separator: "|") }
    }

    /// A count that is always present.
    static func count(_ name: String, en: (String, String), nl: (String, String)) -> TableField {
        TableField(name, "integer", en: en, nl: nl, FieldConstraints(required: true, minimum: 0))
    }

    /// One of the five figures of a card: a count, empty when the figure could not be read.
    static func figure(_ name: String, en: (String, String), nl: (String, String)) -> TableField {
        TableField(name, "integer", en: (en.0, en.1 + " Empty when the figure could not be read."),
                   nl: (nl.0, nl.1 + " Leeg als het kerncijfer niet gelezen kon worden."), FieldConstraints(minimum: 0))
    }

    /// The input file a row was read from (the same meaning in every table that has it).
    static let sourceFile = TableField("source_file", en: ("Source file", "The input file the row was read from."),
                                       nl: ("Bronbestand", "Het invoerbestand waaruit de rij is gelezen."), .required)
    /// The line of the source file a row was read from.
    static let sourceLine = TableField("source_line", "integer", en: ("Source line", "The line of the source file (1-based)."),
                                       nl: ("Bronregel", "De regel in het bronbestand (vanaf 1)."), FieldConstraints(required: true, minimum: 1))
    /// A municipality's province code.
    static let provinceCode = TableField("province_code", en: ("Province code", "CBS province code, e.g. PV25."),
                                         nl: ("Provinciecode", "CBS-code van de provincie, bijv. PV25."),
                                         FieldConstraints(required: true, pattern: provinceCodePattern))
    /// A municipality's province name.
    static let provinceName = TableField("province_name", en: ("Province", "Province name in CBS spelling, e.g. Fryslân."),
                                         nl: ("Provincie", "Naam van de provincie in CBS-spelling, bijv. Fryslân."), .required)
}
