extension ColumnCatalog {
    /// `region_municipalities.csv`: a row per region–municipality pair. The database's
    /// `region_municipalities` table stores the columns marked stored.
    static let regionMunicipalities = TableColumns<RegionMunicipalityRow>([
        TableColumn(TableField("region_id", en: ("Region id", "The region (regions.csv id)."),
                               nl: ("Regio-id", "De regio (id in regions.csv)."), FieldConstraints(required: true, pattern: slug)),
                    .text { $0.regionID }, stored: true),
        TableColumn(TableField("municipality_code", en: ("Municipality code", "CBS municipality code, e.g. GM0202."),
                               nl: ("Gemeentecode", "CBS-gemeentecode, bijv. GM0202."),
                               FieldConstraints(required: true, pattern: municipalityCode)),
                    .text { $0.pair.municipality.code }, stored: true),
        TableColumn(TableField("municipality_name", en: ("Municipality", "CBS name of the municipality."),
                               nl: ("Gemeente", "CBS-naam van de gemeente."), .required),
                    .text { $0.pair.municipality.name }),
        TableColumn(provinceCode, .text { $0.pair.municipality.provinceCode }),
        TableColumn(provinceName, .text { $0.pair.municipality.provinceName }),
        TableColumn(TableField("match", en: ("Match rule", "How the listed name was matched (exact, alias, qualifier, folded, former, place, fuzzy), or province when added through a listed province."),
                               nl: ("Koppelregel", "Hoe de genoemde naam is gekoppeld (exact, alias, qualifier, folded, former, place, fuzzy), of province als de gemeente via een genoemde provincie is toegevoegd."),
                               FieldConstraints(required: true, enum: MatchKind.allCases.map(\.rawValue))),
                    .text { $0.pair.match.rawValue }, stored: true),
        TableColumn(TableField("name_as_published", en: ("Name as published", "The name as listed on the card; empty when added through a province."),
                               nl: ("Naam zoals gepubliceerd", "De naam zoals op de kaart vermeld; leeg als via een provincie toegevoegd.")),
                    .optionalText { $0.pair.nameAsPublished }, stored: true),
        TableColumn(TableField("via_province", en: ("Via province", "The province code through which it was added; empty otherwise."),
                               nl: ("Via provincie", "De provinciecode waarlangs de gemeente is toegevoegd; anders leeg."),
                               FieldConstraints(pattern: provinceCodePattern)),
                    .optionalText { $0.pair.viaProvince }, stored: true),
        TableColumn(sourceFile, .text { $0.sourceFile }, stored: true),
        TableColumn(sourceLine, .integer { $0.pair.line }, stored: true),
    ], shared: (1..<8, { $0.pair.linkIdentity }))  // municipality_code … via_province: the pair's shared link
}
