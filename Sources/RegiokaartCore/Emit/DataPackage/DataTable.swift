/// The CSV tables a build publishes, with the names, keys and texts their data-package entry needs.
///
/// The columns are the writers' own declarations (`ColumnCatalog`), so the published contract cannot drift from them.
enum DataTable: String, CaseIterable, Sendable {
    case regions
    case regionMunicipalities = "region_municipalities"
    case municipalities
    case cases
    case voorlopers
    case issues

    /// The file name inside the output folder (or its `excel-nl/` subfolder).
    var fileName: String { rawValue + ".csv" }

    /// The data-package fields in written order: the table's column declarations (`ColumnCatalog`).
    var fields: [TableField] {
        switch self {
        case .regions: ColumnCatalog.regions.fields
        case .regionMunicipalities: ColumnCatalog.regionMunicipalities.fields
        case .municipalities: ColumnCatalog.municipalities.fields
        case .cases: ColumnCatalog.cases.fields
        case .voorlopers: ColumnCatalog.voorlopers.fields
        case .issues: ColumnCatalog.issues.fields
        }
    }

    /// The column names in written order: the CSV header.
    var columns: [String] { fields.map(\.name) }

    /// Whether the table is part of the dataset (written only when a run publishes) rather than the report.
    var isData: Bool { self != .issues }

    /// The columns that identify a row.
    var primaryKey: [String] {
        switch self {
        case .regions: ["id"]
        case .regionMunicipalities: ["region_id", "municipality_code"]
        case .municipalities: ["code"]
        case .cases, .voorlopers: ["source_file", "source_line"]
        case .issues: []
        }
    }

    /// Foreign keys: (column, referenced table, referenced column).
    var foreignKeys: [(column: String, table: DataTable, referencedColumn: String)] {
        switch self {
        case .regionMunicipalities: [("region_id", .regions, "id"), ("municipality_code", .municipalities, "code")]
        case .issues, .cases, .voorlopers: [("region_id", .regions, "id")]
        case .regions, .municipalities: []
        }
    }

    /// Title in English and in Dutch.
    var title: (en: String, nl: String) {
        switch self {
        case .regions: ("Education regions (onderwijsregio's)", "Onderwijsregio's")
        case .regionMunicipalities: ("Municipalities in each region's service area", "Gemeenten per verzorgingsgebied")
        case .municipalities: ("Municipalities and the regions covering them", "Gemeenten en de regio's die ze dekken")
        case .cases: ("Case stories and the regions they are about", "Praktijkvoorbeelden en hun regio's")
        case .voorlopers: ("The 27 voorlopers of July 2023 and the regions they resolved to", "De 27 voorlopers van juli 2023 en hun regio's")
        case .issues: ("Data-quality report", "Rapport datakwaliteit")
        }
    }

    /// Description in English and in Dutch.
    var summary: (en: String, nl: String) {
        switch self {
        case .regions:
            ("One row per onderwijsregio card of the publication: its name, sectors, scope and five figures.",
             "Eén rij per onderwijsregio (kaart in de publicatie): naam, sectoren, reikwijdte en de vijf kerncijfers.")
        case .regionMunicipalities:
            ("One row per region–municipality pair of the service areas (verzorgingsgebieden), with how each listed name was matched to the CBS list.",
             "Eén rij per combinatie van regio en gemeente in de verzorgingsgebieden, met hoe elke genoemde naam aan de CBS-lijst is gekoppeld.")
        case .municipalities:
            ("All municipalities of the CBS list on 1 January 2025, with the regions covering each per sector (national regions not counted).",
             "Alle gemeenten van de CBS-lijst op 1 januari 2025, met per sector de regio's die ze dekken (landelijke regio's niet meegeteld).")
        case .cases:
            ("One row per case story (on a theme page or inside a region card), with the region it is about, or empty and why.",
             "Eén rij per praktijkvoorbeeld (op een themapagina of in een regiokaart), met de regio waarover het gaat, of leeg en waarom.")
        case .voorlopers:
            ("One row per voorloper listed in the July 2023 news article, with the region it resolved to, or empty and why.",
             "Eén rij per voorloper uit het nieuwsbericht van juli 2023, met de regio waaraan hij is gekoppeld, of leeg en waarom.")
        case .issues:
            ("Every correction the pipeline made and every doubt it could not settle: errors first, then warnings, then routine corrections.",
             "Elke correctie die de pijplijn maakte en elke twijfel die ze niet kon beslechten: eerst fouten, dan waarschuwingen, dan routinecorrecties.")
        }
    }
}
