/// The CSV tables a build publishes, with the names, keys and texts their data-package entry needs.
///
/// The columns are `DatasetRenderer`'s own lists, so the published contract cannot drift from the writers.
public enum DataTable: String, CaseIterable, Sendable {
    case regions
    case regionMunicipalities = "region_municipalities"
    case municipalities
    case issues

    /// The file name inside the output folder (or its `excel-nl/` subfolder).
    public var fileName: String { rawValue + ".csv" }

    /// The columns in written order: the writers' lists.
    public var columns: [String] {
        switch self {
        case .regions: DatasetRenderer.regionColumns
        case .regionMunicipalities: DatasetRenderer.pairColumns
        case .municipalities: DatasetRenderer.municipalityColumns
        case .issues: DatasetRenderer.issueColumns
        }
    }

    /// Whether the table is part of the dataset (written only when a run publishes) rather than the report.
    public var isData: Bool { self != .issues }

    /// The columns that identify a row.
    public var primaryKey: [String] {
        switch self {
        case .regions: ["id"]
        case .regionMunicipalities: ["region_id", "municipality_code"]
        case .municipalities: ["code"]
        case .issues: []
        }
    }

    /// Foreign keys: (column, referenced table, referenced column).
    public var foreignKeys: [(column: String, table: DataTable, referencedColumn: String)] {
        switch self {
        case .regionMunicipalities: [("region_id", .regions, "id"), ("municipality_code", .municipalities, "code")]
        case .issues: [("region_id", .regions, "id")]
        case .regions, .municipalities: []
        }
    }

    /// Title in English and in Dutch.
    public var title: (en: String, nl: String) {
        switch self {
        case .regions: ("Education regions (onderwijsregio's)", "Onderwijsregio's")
        case .regionMunicipalities: ("Municipalities in each region's service area", "Gemeenten per verzorgingsgebied")
        case .municipalities: ("Municipalities and the regions covering them", "Gemeenten en de regio's die ze dekken")
        case .issues: ("Data-quality report", "Rapport datakwaliteit")
        }
    }

    /// Description in English and in Dutch.
    public var summary: (en: String, nl: String) {
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
        case .issues:
            ("Every correction the pipeline made and every doubt it could not settle: errors first, then warnings, then routine corrections.",
             "Elke correctie die de pijplijn maakte en elke twijfel die ze niet kon beslechten: eerst fouten, dan waarschuwingen, dan routinecorrecties.")
        }
    }
}
