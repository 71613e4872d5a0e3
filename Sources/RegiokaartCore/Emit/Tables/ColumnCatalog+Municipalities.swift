extension ColumnCatalog {
    /// A reference municipality: the first columns of `municipalities.csv`, and the database's
    /// `municipalities` table.
    static let municipality = TableColumns<Municipality>([
        TableColumn(TableField("code", en: ("Municipality code", "CBS municipality code, e.g. GM0014."),
                               nl: ("Gemeentecode", "CBS-gemeentecode, bijv. GM0014."),
                               FieldConstraints(required: true, unique: true, pattern: municipalityCode)),
                    .text { $0.code }, stored: true),
        TableColumn(TableField("name", en: ("Municipality", "CBS name of the municipality."),
                               nl: ("Gemeente", "CBS-naam van de gemeente."), .required),
                    .text { $0.name }, stored: true),
        TableColumn(provinceCode, .text { $0.provinceCode }, stored: true),
        TableColumn(provinceName, .text { $0.provinceName }, stored: true),
    ])

    /// `municipalities.csv`: every reference municipality with the regions covering it, per sector
    /// (`Dataset.coverage`).
    static let municipalities: TableColumns<MunicipalityCoverageRow> = {
        typealias Column = TableColumn<MunicipalityCoverageRow>
        let reference: [Column] = municipality.columns.map { column in
            column.pulledBack { (row: MunicipalityCoverageRow) in row.municipality }
        }
        let ids: [Column] = Sector.allCases.map { sector in
            Column(TableField("regions_\(sector.rawValue)",
                              en: ("Regions (\(sector.rawValue))", "Ids of the regions covering the municipality for \(sector.rawValue), |-separated."),
                              nl: ("Regio's (\(sector.rawValue))", "Id's van de regio's die de gemeente dekken voor \(sector.rawValue), gescheiden door |."),
                              FieldConstraints(pattern: slugList)),
                   .written { row, csv in row.cells.writeIDs(row.row, sector, into: &csv) })
        }
        let regionCount: [Column] = [
            Column(count("region_count", en: ("Region count", "Distinct regions covering the municipality (national regions not counted)."),
                         nl: ("Aantal regio's", "Verschillende regio's die de gemeente dekken (landelijke niet meegeteld).")),
                   .integer { $0.cells.distinctCount($0.row) }),
        ]
        let names: [Column] = Sector.allCases.map { sector in
            Column(TableField("region_names_\(sector.rawValue)",
                              en: ("Region names (\(sector.rawValue))", "Names of the regions in regions_\(sector.rawValue), in the same order, |-separated."),
                              nl: ("Regionamen (\(sector.rawValue))", "Namen van de regio's in regions_\(sector.rawValue), in dezelfde volgorde, gescheiden door |.")),
                   .written { row, csv in row.cells.writeNames(row.row, sector, into: &csv) })
        }
        let overlaps = Column(TableField("overlap_sectors",
                              en: ("Overlap sectors", "Sectors for which more than one region covers the municipality (coverage.overlap), |-separated; empty when none."),
                              nl: ("Sectoren met overlap", "Sectoren waarvoor meer dan één regio de gemeente dekt (coverage.overlap), gescheiden door |; leeg als er geen zijn."),
                              FieldConstraints(enum: sectorCombinations)),
                   .text { $0.cells.overlapSectors($0.row) })
        return TableColumns(reference + ids + regionCount + names + [overlaps])
    }()
}
