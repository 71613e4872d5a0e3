/// What every published CSV column means: type, constraints, titles and descriptions (English and Dutch).
///
/// `DataPackageBuilder` looks each of the writers' columns up here; a column without an entry makes
/// the build fail (and `DataPackageTests` fail), so a new column cannot be published undocumented.
public enum ColumnCatalog {
    /// The field for `column` of `table`, or nil when it is not described.
    public static func field(_ column: String, in table: DataTable) -> TableField? {
        perTable[table]?[column] ?? shared[column]
    }

    static let slug = "^[a-z0-9]+(-[a-z0-9]+)*$"
    static let slugList = "^[a-z0-9]+(-[a-z0-9]+)*(\\|[a-z0-9]+(-[a-z0-9]+)*)*$"
    static let municipalityCode = "^GM[0-9]{4}$"
    static let provinceCode = "^PV[0-9]{2}$"

    /// Every non-empty combination of sectors in canonical order, as `regions.csv` writes them (`po|vo`).
    static var sectorCombinations: [String] {
        let all = Sector.allCases
        let subsets = (1..<(1 << all.count)).map { mask in all.indices.filter { mask & (1 << $0) != 0 } }
        // Smaller combinations first, each in sector order: po, vo, mbo, po|vo, po|mbo, vo|mbo, po|vo|mbo.
        return subsets.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
            .map { $0.map { all[$0].rawValue }.joined(separator: "|") }
    }

    static func count(_ name: String, en: (String, String), nl: (String, String)) -> TableField {
        TableField(name, "integer", en: en, nl: nl, FieldConstraints(required: true, minimum: 0))
    }

    /// One of the five figures of a card: a count, empty when the figure could not be read.
    static func figure(_ name: String, en: (String, String), nl: (String, String)) -> TableField {
        TableField(name, "integer", en: (en.0, en.1 + " Empty when the figure could not be read."),
                   nl: (nl.0, nl.1 + " Leeg als het kerncijfer niet gelezen kon worden."), FieldConstraints(minimum: 0))
    }

    /// Columns that mean the same in every table.
    static let shared: [String: TableField] = {
        let fields = [
            TableField("source_file", en: ("Source file", "The input file the row was read from."),
                       nl: ("Bronbestand", "Het invoerbestand waaruit de rij is gelezen."), .required),
            TableField("source_line", "integer", en: ("Source line", "The line of the source file (1-based)."),
                       nl: ("Bronregel", "De regel in het bronbestand (vanaf 1)."), FieldConstraints(required: true, minimum: 1)),
            TableField("province_code", en: ("Province code", "CBS province code, e.g. PV25."),
                       nl: ("Provinciecode", "CBS-code van de provincie, bijv. PV25."),
                       FieldConstraints(required: true, pattern: provinceCode)),
            TableField("province_name", en: ("Province", "Province name in CBS spelling, e.g. Fryslân."),
                       nl: ("Provincie", "Naam van de provincie in CBS-spelling, bijv. Fryslân."), .required),
        ]
        return Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })
    }()

    static let perTable: [DataTable: [String: TableField]] = {
        let regions = [
            TableField("id", en: ("Region id", "Stable slug, unique in the dataset."),
                       nl: ("Regio-id", "Stabiele sleutel, uniek in de dataset."),
                       FieldConstraints(required: true, unique: true, pattern: slug)),
            TableField("name", en: ("Name", "The region's name without sector tag."),
                       nl: ("Naam", "Naam van de regio zonder sectorlabel."), .required),
            TableField("name_as_published", en: ("Name as published", "The name as printed on the card."),
                       nl: ("Naam zoals gepubliceerd", "De naam zoals op de kaart gedrukt."), .required),
            TableField("sector_tag", en: ("Sector tag", "The sector tag as printed in the name, e.g. (vo/mbo); empty when none."),
                       nl: ("Sectorlabel", "Het sectorlabel zoals in de naam gedrukt, bijv. (vo/mbo); leeg als er geen is.")),
            TableField("sectors", en: ("Sectors", "The sectors the figures show (po, vo, mbo), |-separated; a sector whose count could not be read is taken from the sector tag; empty when none is shown."),
                       nl: ("Sectoren", "De sectoren die uit de kerncijfers blijken (po, vo, mbo), gescheiden door |; een sector waarvan het aantal niet gelezen kon worden komt uit het sectorlabel; leeg als er geen blijkt."),
                       FieldConstraints(enum: sectorCombinations)),
            TableField("scope", en: ("Scope", "What the service area is made of: municipalities, provinces or national."),
                       nl: ("Reikwijdte", "Waaruit het verzorgingsgebied bestaat: gemeenten (municipalities), provincies (provinces) of landelijk (national)."),
                       FieldConstraints(required: true, enum: Scope.allCases.map(\.rawValue))),
            figure("students", en: ("Pupils/students", "Aantal leerlingen/studenten."),
                  nl: ("Leerlingen/studenten", "Aantal leerlingen/studenten.")),
            figure("school_boards_po", en: ("Primary school boards", "Number of po school boards."),
                  nl: ("Schoolbesturen po", "Aantal schoolbesturen primair onderwijs.")),
            figure("school_boards_vo", en: ("Secondary school boards", "Number of vo school boards."),
                  nl: ("Schoolbesturen vo", "Aantal schoolbesturen voortgezet onderwijs.")),
            figure("mbo_institutions", en: ("Vocational institutions", "Number of mbo institutions."),
                  nl: ("Mbo-instellingen", "Aantal mbo-instellingen.")),
            figure("teacher_training_institutions", en: ("Teacher training institutions", "Number of teacher training institutions."),
                  nl: ("Lerarenopleidingen", "Aantal lerarenopleidingen.")),
            count("municipality_count", en: ("Municipalities", "Municipalities placed in the service area."),
                  nl: ("Aantal gemeenten", "Gemeenten in het verzorgingsgebied.")),
            count("unresolved_count", en: ("Unresolved names", "Listed names that could not be placed."),
                  nl: ("Onopgeloste namen", "Genoemde namen die niet konden worden geplaatst.")),
        ]
        let pairs = [
            TableField("region_id", en: ("Region id", "The region (regions.csv id)."),
                       nl: ("Regio-id", "De regio (id in regions.csv)."), FieldConstraints(required: true, pattern: slug)),
            TableField("municipality_code", en: ("Municipality code", "CBS municipality code, e.g. GM0202."),
                       nl: ("Gemeentecode", "CBS-gemeentecode, bijv. GM0202."),
                       FieldConstraints(required: true, pattern: municipalityCode)),
            TableField("municipality_name", en: ("Municipality", "CBS name of the municipality."),
                       nl: ("Gemeente", "CBS-naam van de gemeente."), .required),
            TableField("match", en: ("Match rule", "How the listed name was matched (exact, alias, qualifier, folded, former, place, fuzzy), or province when added through a listed province."),
                       nl: ("Koppelregel", "Hoe de genoemde naam is gekoppeld (exact, alias, qualifier, folded, former, place, fuzzy), of province als de gemeente via een genoemde provincie is toegevoegd."),
                       FieldConstraints(required: true, enum: MatchKind.allCases.map(\.rawValue))),
            TableField("name_as_published", en: ("Name as published", "The name as listed on the card; empty when added through a province."),
                       nl: ("Naam zoals gepubliceerd", "De naam zoals op de kaart vermeld; leeg als via een provincie toegevoegd.")),
            TableField("via_province", en: ("Via province", "The province code through which it was added; empty otherwise."),
                       nl: ("Via provincie", "De provinciecode waarlangs de gemeente is toegevoegd; anders leeg."),
                       FieldConstraints(pattern: provinceCode)),
        ]
        let municipalities = [
            TableField("code", en: ("Municipality code", "CBS municipality code, e.g. GM0014."),
                       nl: ("Gemeentecode", "CBS-gemeentecode, bijv. GM0014."),
                       FieldConstraints(required: true, unique: true, pattern: municipalityCode)),
            TableField("name", en: ("Municipality", "CBS name of the municipality."),
                       nl: ("Gemeente", "CBS-naam van de gemeente."), .required),
        ] + Sector.allCases.map { sector in
            TableField("regions_\(sector.rawValue)",
                       en: ("Regions (\(sector.rawValue))", "Ids of the regions covering the municipality for \(sector.rawValue), |-separated."),
                       nl: ("Regio's (\(sector.rawValue))", "Id's van de regio's die de gemeente dekken voor \(sector.rawValue), gescheiden door |."),
                       FieldConstraints(pattern: slugList))
        } + [
            count("region_count", en: ("Region count", "Distinct regions covering the municipality (national regions not counted)."),
                  nl: ("Aantal regio's", "Verschillende regio's die de gemeente dekken (landelijke niet meegeteld).")),
        ] + Sector.allCases.map { sector in
            TableField("region_names_\(sector.rawValue)",
                       en: ("Region names (\(sector.rawValue))", "Names of the regions in regions_\(sector.rawValue), in the same order, |-separated."),
                       nl: ("Regionamen (\(sector.rawValue))", "Namen van de regio's in regions_\(sector.rawValue), in dezelfde volgorde, gescheiden door |."))
        } + [
            TableField("overlap_sectors",
                       en: ("Overlap sectors", "Sectors for which more than one region covers the municipality (coverage.overlap), |-separated; empty when none."),
                       nl: ("Sectoren met overlap", "Sectoren waarvoor meer dan één regio de gemeente dekt (coverage.overlap), gescheiden door |; leeg als er geen zijn."),
                       FieldConstraints(enum: sectorCombinations)),
        ]
        let issues = [
            TableField("severity", en: ("Severity", "error (blocks publication), warning (a correction that changes meaning, or a doubt), info (a routine correction)."),
                       nl: ("Ernst", "error (blokkeert publicatie), warning (betekenisveranderende correctie of twijfel), info (routinecorrectie)."),
                       FieldConstraints(required: true, enum: Severity.allCases.map(\.rawValue))),
            TableField("code", en: ("Code", "Stable finding code, e.g. municipality.fuzzy_match."),
                       nl: ("Code", "Vaste code van de bevinding, bijv. municipality.fuzzy_match."),
                       FieldConstraints(required: true, enum: IssueCode.allCases.map(\.rawValue))),
            TableField("region_id", en: ("Region id", "The region the finding is about; empty when none."),
                       nl: ("Regio-id", "De regio waarover de bevinding gaat; leeg als er geen is."), FieldConstraints(pattern: slug)),
            TableField("field", en: ("Field", "The field the finding is about."), nl: ("Veld", "Het veld waarover de bevinding gaat.")),
            TableField("raw_value", en: ("Raw value", "The value as found in the source."), nl: ("Ruwe waarde", "De waarde zoals in de bron gevonden.")),
            TableField("result_value", en: ("Result", "What the pipeline made of it."), nl: ("Resultaat", "Wat de pijplijn ervan maakte.")),
            TableField("source_file", en: ("Source file", "Where the raw value was read; empty when not tied to a file."),
                       nl: ("Bronbestand", "Waar de ruwe waarde is gelezen; leeg als niet aan een bestand gebonden.")),
            TableField("source_line", "integer", en: ("Source line", "The line of the source file; empty when not tied to a line."),
                       nl: ("Bronregel", "De regel in het bronbestand; leeg als niet aan een regel gebonden."), FieldConstraints(minimum: 1)),
            TableField("message", en: ("Message", "A sentence for the data steward."), nl: ("Toelichting", "Een zin voor de databeheerder."), .required),
            TableField("acknowledged", en: ("Acknowledged", "yes when the steward acknowledged the finding (Input/corrections/acknowledged.csv); empty otherwise."),
                       nl: ("Geaccepteerd", "yes als de databeheerder de bevinding heeft geaccepteerd (Input/corrections/acknowledged.csv); anders leeg."),
                       FieldConstraints(enum: ["yes"])),
            TableField("acknowledged_note", en: ("Acknowledgement note", "The steward's note on an acknowledged finding."),
                       nl: ("Toelichting acceptatie", "De toelichting van de databeheerder bij een geaccepteerde bevinding.")),
        ]
        let mentionLink = [
            TableField("region_id", en: ("Region id", "The region the mention resolved to; empty when unresolved (see reason)."),
                       nl: ("Regio-id", "De regio waaraan de vermelding is gekoppeld; leeg als dat niet lukte (zie reason)."),
                       FieldConstraints(pattern: slug)),
            TableField("confidence", en: ("Confidence", "certain or probable; empty when unresolved."),
                       nl: ("Zekerheid", "certain (zeker) of probable (waarschijnlijk); leeg als niet gekoppeld."),
                       FieldConstraints(enum: LinkConfidence.allCases.map(\.rawValue))),
            TableField("rule", en: ("Rule", "The resolution rule that decided."), nl: ("Regel", "De koppelregel die besliste."),
                       FieldConstraints(enum: ResolutionRule.allCases.map(\.rawValue))),
            TableField("reason", en: ("Reason", "Why the mention stayed unresolved; empty when resolved."),
                       nl: ("Reden", "Waarom de vermelding niet is gekoppeld; leeg als dat wel lukte.")),
        ]
        let cases = mentionLink + [
            TableField("kind", en: ("Kind", "theme_case (a case on a theme page) or card_story (a Thema: story inside a card)."),
                       nl: ("Soort", "theme_case (praktijkvoorbeeld op een themapagina) of card_story (Thema-verhaal in een kaart)."),
                       FieldConstraints(required: true, enum: [RegionMention.Kind.themeCase.rawValue, RegionMention.Kind.cardStory.rawValue])),
            TableField("theme", en: ("Theme", "The theme the story belongs to."), nl: ("Thema", "Het thema waartoe het verhaal hoort.")),
            TableField("title", en: ("Title", "The story's title."), nl: ("Titel", "De titel van het verhaal."), .required),
            TableField("region_mention", en: ("Region as mentioned", "The region name as the publication gives it."),
                       nl: ("Regio zoals genoemd", "De regionaam zoals de publicatie die noemt.")),
            count("paragraph_count", en: ("Paragraphs", "Paragraphs in the story, repeats removed."),
                  nl: ("Alinea's", "Alinea's in het verhaal, herhalingen verwijderd.")),
        ]
        let voorlopers = mentionLink + [
            TableField("landsdeel", en: ("Part of the country", "The heading the voorloper is listed under (Noord-Nederland … Landelijk)."),
                       nl: ("Landsdeel", "Het kopje waaronder de voorloper staat (Noord-Nederland … Landelijk).")),
            TableField("name_as_listed", en: ("Name as listed", "The line as printed in the article."),
                       nl: ("Naam zoals vermeld", "De regel zoals in het artikel gedrukt."), .required),
            TableField("name", en: ("Name", "The name without sector tag."), nl: ("Naam", "De naam zonder sectorlabel."), .required),
            TableField("sectors_as_listed", en: ("Sector tag", "The sector tag as printed, e.g. (vo /mbo)."),
                       nl: ("Sectorlabel", "Het sectorlabel zoals gedrukt, bijv. (vo /mbo).")),
            TableField("sectors", en: ("Sectors", "The sectors the tag names, |-separated."),
                       nl: ("Sectoren", "De sectoren uit het label, gescheiden door |."), FieldConstraints(enum: sectorCombinations)),
            TableField("evidence", en: ("Evidence", "How each candidate region was weighed, |-separated."),
                       nl: ("Onderbouwing", "Hoe elke kandidaat-regio is gewogen, gescheiden door |.")),
        ]
        func index(_ fields: [TableField]) -> [String: TableField] {
            Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })
        }
        return [.regions: index(regions), .regionMunicipalities: index(pairs),
                .municipalities: index(municipalities), .cases: index(cases), .voorlopers: index(voorlopers),
                .issues: index(issues)]
    }()
}
