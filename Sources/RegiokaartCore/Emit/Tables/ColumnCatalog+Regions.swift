extension ColumnCatalog {
    /// `regions.csv`: a row per region card. The database's `regions` table stores the columns marked stored.
    static let regions = TableColumns<Region>([
        TableColumn(TableField("id", en: ("Region id", "Stable slug, unique in the dataset."),
                               nl: ("Regio-id", "Stabiele sleutel, uniek in de dataset."),
                               FieldConstraints(required: true, unique: true, pattern: slug)),
                    .text { $0.id }, stored: true),
        TableColumn(TableField("name", en: ("Name", "The region's name without sector tag."),
                               nl: ("Naam", "Naam van de regio zonder sectorlabel."), .required),
                    .text { $0.name }, stored: true),
        TableColumn(TableField("name_as_published", en: ("Name as published", "The name as printed on the card."),
                               nl: ("Naam zoals gepubliceerd", "De naam zoals op de kaart gedrukt."), .required),
                    .text { $0.nameAsPublished }, stored: true),
        TableColumn(TableField("sector_tag", en: ("Sector tag", "The sector tag as printed in the name, e.g. (vo/mbo); empty when none."),
                               nl: ("Sectorlabel", "Het sectorlabel zoals in de naam gedrukt, bijv. (vo/mbo); leeg als er geen is.")),
                    .optionalText { $0.sectorTag }, stored: true),
        TableColumn(TableField("sectors", en: ("Sectors", "The sectors the figures show (po, vo, mbo), |-separated; a sector whose count could not be read is taken from the sector tag; empty when none is shown."),
                               nl: ("Sectoren", "De sectoren die uit de kerncijfers blijken (po, vo, mbo), gescheiden door |; een sector waarvan het aantal niet gelezen kon worden komt uit het sectorlabel; leeg als er geen blijkt."),
                               FieldConstraints(enum: sectorCombinations)),
                    sectorList { $0.sectors }),
        TableColumn(TableField("scope", en: ("Scope", "What the service area is made of: municipalities, provinces or national."),
                               nl: ("Reikwijdte", "Waaruit het verzorgingsgebied bestaat: gemeenten (municipalities), provincies (provinces) of landelijk (national)."),
                               FieldConstraints(required: true, enum: Scope.allCases.map(\.rawValue))),
                    .text { $0.scope.rawValue }, stored: true),
        figure(.students, en: ("Pupils/students", "Aantal leerlingen/studenten."),
               nl: ("Leerlingen/studenten", "Aantal leerlingen/studenten.")),
        figure(.schoolBoardsPO, en: ("Primary school boards", "Number of po school boards."),
               nl: ("Schoolbesturen po", "Aantal schoolbesturen primair onderwijs.")),
        figure(.schoolBoardsVO, en: ("Secondary school boards", "Number of vo school boards."),
               nl: ("Schoolbesturen vo", "Aantal schoolbesturen voortgezet onderwijs.")),
        figure(.mboInstitutions, en: ("Vocational institutions", "Number of mbo institutions."),
               nl: ("Mbo-instellingen", "Aantal mbo-instellingen.")),
        figure(.teacherTrainingInstitutions, en: ("Teacher training institutions", "Number of teacher training institutions."),
               nl: ("Lerarenopleidingen", "Aantal lerarenopleidingen.")),
        TableColumn(count("municipality_count", en: ("Municipalities", "Municipalities placed in the service area."),
                          nl: ("Aantal gemeenten", "Gemeenten in het verzorgingsgebied.")),
                    .integer { $0.municipalities.count }),
        TableColumn(count("unresolved_count", en: ("Unresolved names", "Listed names that could not be placed."),
                          nl: ("Onopgeloste namen", "Genoemde namen die niet konden worden geplaatst.")),
                    .integer { $0.unresolvedNames.count }),
        TableColumn(sourceFile, .text { $0.source.file }, stored: true),
        TableColumn(sourceLine, .integer { $0.source.line }, stored: true),
    ])

    /// A `|`-separated list of sectors (`po|vo`), written from the sectors' static names: no String per row.
    static func sectorList<Row>(_ sectors: @escaping @Sendable (Row) -> [Sector]) -> ColumnValue<Row> {
        .written { row, csv in
            let list = sectors(row)
            csv.field(joining: list.count, by: UInt8(ascii: "|")) { sectorName(list[$0]) }
        }
    }

    /// The UTF-8 bytes of a sector's raw value, static (`TableColumnsTests` holds them to the raw values).
    static func sectorName(_ sector: Sector) -> UnsafeBufferPointer<UInt8> {
        let name: StaticString = switch sector {
        case .po: "po"
        case .vo: "vo"
        case .mbo: "mbo"
        }
        return UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
    }

    /// The column of one of a card's five figures (named after `kind`): empty when it could not be read.
    static func figure(_ kind: FigureKind, en: (String, String), nl: (String, String)) -> TableColumn<Region> {
        TableColumn(figure(kind.rawValue, en: en, nl: nl), .optionalInteger { $0.figures[kind] }, stored: true)
    }
}
