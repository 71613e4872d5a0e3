extension ColumnCatalog {
    /// `cases.csv`: a row per case story.
    static let cases: TableColumns<CaseStory> = {
        let link = mentionLink { (story: CaseStory) in story.resolution }
        return TableColumns([
            TableColumn(TableField("kind", en: ("Kind", "theme_case (a case on a theme page) or card_story (a Thema: story inside a card)."),
                                   nl: ("Soort", "theme_case (praktijkvoorbeeld op een themapagina) of card_story (Thema-verhaal in een kaart)."),
                                   FieldConstraints(required: true, enum: [RegionMention.Kind.themeCase.rawValue, RegionMention.Kind.cardStory.rawValue])),
                        .text { $0.mention.kind.rawValue }),
            TableColumn(TableField("theme", en: ("Theme", "The theme the story belongs to."), nl: ("Thema", "Het thema waartoe het verhaal hoort.")),
                        .text { $0.theme }),
            TableColumn(TableField("title", en: ("Title", "The story's title."), nl: ("Titel", "De titel van het verhaal."), .required),
                        .text { $0.title.value }),
            link.regionID,
            TableColumn(TableField("region_mention", en: ("Region as mentioned", "The region name as the publication gives it."),
                                   nl: ("Regio zoals genoemd", "De regionaam zoals de publicatie die noemt.")),
                        .text { $0.mention.asListed }),
            link.confidence, link.rule, link.reason,
            TableColumn(count("paragraph_count", en: ("Paragraphs", "Paragraphs in the story, repeats removed."),
                              nl: ("Alinea's", "Alinea's in het verhaal, herhalingen verwijderd.")),
                        .integer { $0.paragraphs.count }),
            TableColumn(sourceFile, .text { $0.title.location.file }),
            TableColumn(sourceLine, .integer { $0.title.location.line }),
        ])
    }()

    /// `voorlopers.csv`: a row per voorloper of the July 2023 article.
    static let voorlopers: TableColumns<Voorloper> = {
        let link = mentionLink { (voorloper: Voorloper) in voorloper.resolution }
        return TableColumns([
            TableColumn(TableField("landsdeel", en: ("Part of the country", "The heading the voorloper is listed under (Noord-Nederland … Landelijk)."),
                                   nl: ("Landsdeel", "Het kopje waaronder de voorloper staat (Noord-Nederland … Landelijk).")),
                        .optionalText { $0.mention.landsdeel }),
            TableColumn(TableField("name_as_listed", en: ("Name as listed", "The line as printed in the article."),
                                   nl: ("Naam zoals vermeld", "De regel zoals in het artikel gedrukt."), .required),
                        .text { $0.mention.asListed }),
            TableColumn(TableField("name", en: ("Name", "The name without sector tag."), nl: ("Naam", "De naam zonder sectorlabel."), .required),
                        .text { $0.mention.name }),
            TableColumn(TableField("sectors_as_listed", en: ("Sector tag", "The sector tag as printed, e.g. (vo /mbo)."),
                                   nl: ("Sectorlabel", "Het sectorlabel zoals gedrukt, bijv. (vo /mbo).")),
                        .optionalText { $0.mention.tag?.text }),
            TableColumn(TableField("sectors", en: ("Sectors", "The sectors the tag names, |-separated."),
                                   nl: ("Sectoren", "De sectoren uit het label, gescheiden door |."), FieldConstraints(enum: sectorCombinations)),
                        .text { $0.mention.sectors.map(\.rawValue).joined(separator: "|") }),
            link.regionID, link.confidence, link.rule, link.reason,
            TableColumn(TableField("evidence", en: ("Evidence", "How each candidate region was weighed, |-separated."),
                                   nl: ("Onderbouwing", "Hoe elke kandidaat-regio is gewogen, gescheiden door |.")),
                        .optionalText { $0.resolution?.evidence.joined(separator: " | ") }),
            TableColumn(sourceFile, .text { $0.mention.location.file }),
            TableColumn(sourceLine, .integer { $0.mention.location.line }),
        ])
    }()

    /// The columns of a mention's link to a region (`cases.csv`, `voorlopers.csv`), read through `resolution`.
    static func mentionLink<Row>(_ resolution: @escaping @Sendable (Row) -> MentionResolution?)
        -> (regionID: TableColumn<Row>, confidence: TableColumn<Row>, rule: TableColumn<Row>, reason: TableColumn<Row>) {
        (TableColumn(TableField("region_id", en: ("Region id", "The region the mention resolved to; empty when unresolved (see reason)."),
                                nl: ("Regio-id", "De regio waaraan de vermelding is gekoppeld; leeg als dat niet lukte (zie reason)."),
                                FieldConstraints(pattern: slug)),
                     .optionalText { resolution($0)?.regionID }),
         TableColumn(TableField("confidence", en: ("Confidence", "certain or probable; empty when unresolved."),
                                nl: ("Zekerheid", "certain (zeker) of probable (waarschijnlijk); leeg als niet gekoppeld."),
                                FieldConstraints(enum: LinkConfidence.allCases.map(\.rawValue))),
                     .optionalText { resolution($0)?.confidence?.rawValue }),
         TableColumn(TableField("rule", en: ("Rule", "The resolution rule that decided."), nl: ("Regel", "De koppelregel die besliste."),
                                FieldConstraints(enum: ResolutionRule.allCases.map(\.rawValue))),
                     .optionalText { resolution($0)?.rule?.rawValue }),
         TableColumn(TableField("reason", en: ("Reason", "Why the mention stayed unresolved; empty when resolved."),
                                nl: ("Reden", "Waarom de vermelding niet is gekoppeld; leeg als dat wel lukte.")),
                     .optionalText { resolution($0)?.reason }))
    }
}
