/// The JSON shape of `cases.json`: the themes as counted, and every case story with its region link.
struct CasesDocument: Codable, Hashable, Sendable {
    /// A file and line, encoded as `{"file", "line"}`.
    typealias Source = SourceLocation

    /// A number of themes the publication states, with the lines it says so on.
    struct StatedCount: Codable, Hashable, Sendable {
        var count: Int
        var lines: [Int]
    }

    struct CaseLink: Codable, Hashable, Sendable {
        var name: String
        var source: Source
    }

    struct ThemeEntry: Codable, Hashable, Sendable {
        /// The menu name; nil for an intro page the menu lacks.
        var name: String?
        var lead: String?
        var title: String?
        var paragraphs: [String]
        var caseLinks: [CaseLink]
        var menuSource: Source?
        var source: Source?

        enum CodingKeys: String, CodingKey {
            case name, lead, title, paragraphs, source
            case caseLinks = "case_links"
            case menuSource = "menu_source"
        }
    }

    struct CaseEntry: Codable, Hashable, Sendable {
        var kind: String
        var theme: String
        var title: String
        var regionID: String?
        var regionMention: String
        var confidence: String?
        var rule: String?
        var evidence: [String]
        var reason: String?
        var paragraphs: [String]
        var source: Source

        enum CodingKeys: String, CodingKey {
            case kind, theme, title, confidence, rule, evidence, reason, paragraphs, source
            case regionID = "region_id"
            case regionMention = "region_mention"
        }
    }

    var source: String
    var themeCount: Int
    var statedThemeCounts: [StatedCount]
    var themes: [ThemeEntry]
    var cases: [CaseEntry]

    enum CodingKeys: String, CodingKey {
        case source, themes, cases
        case themeCount = "theme_count"
        case statedThemeCounts = "stated_theme_counts"
    }

    /// The document for `dataset`.
    init(_ dataset: Dataset) {
        func source(_ location: SourceLocation) -> Source { Source(file: location.file, line: location.line) }
        let mentions = dataset.mentions
        self.source = dataset.source
        themeCount = mentions.themes.count
        let stated = Dictionary(grouping: mentions.themeCountClaims, by: \.value)
        statedThemeCounts = stated.keys.sorted().map { StatedCount(count: $0, lines: stated[$0]!.map(\.location.line)) }
        themes = mentions.themes.map {
            ThemeEntry(name: $0.name, lead: $0.lead, title: $0.title?.value, paragraphs: $0.paragraphs.map(\.value),
                       caseLinks: $0.caseLinks.map { CaseLink(name: $0.value, source: source($0.location)) },
                       menuSource: $0.menuLocation.map(source), source: $0.title.map { source($0.location) })
        }
        cases = mentions.cases.map {
            CaseEntry(kind: $0.mention.kind.rawValue, theme: $0.theme, title: $0.title.value, regionID: $0.resolution?.regionID,
                      regionMention: $0.mention.asListed, confidence: $0.resolution?.confidence?.rawValue,
                      rule: $0.resolution?.rule?.rawValue, evidence: $0.resolution?.evidence ?? [],
                      reason: $0.resolution?.reason, paragraphs: $0.paragraphs.map(\.value), source: source($0.title.location))
        }
    }
}
