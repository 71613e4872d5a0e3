/// What a region's area (verzorgingsgebied) is made of.
public enum Scope: String, Sendable, Codable, CaseIterable {
    /// The card lists municipalities.
    case municipalities
    /// The card lists provinces; the region covers all their municipalities.
    case provinces
    /// The card lists no area: the region works nationwide.
    case national
}

/// How a listed name was tied to a CBS municipality.
public enum MatchKind: String, Sendable, Codable, CaseIterable {
    case exact
    case alias
    case qualifier
    case folded
    case former
    /// A CBS woonplaats (place) listed instead of its municipality: `Rosmalen` → 's-Hertogenbosch.
    case place
    case fuzzy
    /// A one-letter typo in a short name, placed only because the card's geography agrees: `Osss` → Oss.
    case shortFuzzy = "short_fuzzy"
    /// Not listed by name: the municipality lies in a listed province.
    case province
}

/// A municipality in a region's area, with how it got there.
public struct RegionMunicipality: Hashable, Sendable {
    /// The municipality, the match, the name and the province, shared by every pair alike (see `MunicipalityLink`).
    private var link: MunicipalityLink
    /// Where the name (or province) was listed.
    public var source: SourceLocation

    /// The CBS municipality.
    public var municipality: Municipality {
        get { link.municipality }
        set { link = link.with(municipality: newValue) }
    }

    /// How the listed name was tied to the municipality.
    public var match: MatchKind {
        get { link.match }
        set { link = link.with(match: newValue) }
    }

    /// The name as printed on the card (nil for municipalities added through a province).
    public var nameAsPublished: String? {
        get { link.nameAsPublished }
        set { link = link.with(nameAsPublished: .some(newValue)) }
    }

    /// The province code through which it was added, for scope `provinces`.
    public var viaProvince: String? {
        get { link.viaProvince }
        set { link = link.with(viaProvince: .some(newValue)) }
    }

    public init(municipality: Municipality, match: MatchKind, nameAsPublished: String?,
                viaProvince: String? = nil, source: SourceLocation) {
        self.init(link: MunicipalityLink(municipality, match: match, nameAsPublished: nameAsPublished, viaProvince: viaProvince),
                  source: source)
    }

    /// A pair that shares `link` with the other pairs alike.
    init(link: MunicipalityLink, source: SourceLocation) {
        self.link = link
        self.source = source
    }

    public static func == (lhs: RegionMunicipality, rhs: RegionMunicipality) -> Bool {
        guard lhs.source == rhs.source else { return false }
        return lhs.link === rhs.link || (lhs.municipality == rhs.municipality && lhs.match == rhs.match
                                         && lhs.nameAsPublished == rhs.nameAsPublished && lhs.viaProvince == rhs.viaProvince)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(municipality)
        hasher.combine(match)
        hasher.combine(nameAsPublished)
        hasher.combine(viaProvince)
        hasher.combine(source)
    }
}

/// A province listed as a region's area.
public struct RegionProvince: Hashable, Sendable {
    public var province: Province
    public var nameAsPublished: String
    public var source: SourceLocation
}

/// A "Thema:" story printed inside a region card.
public struct CardStory: Hashable, Sendable {
    /// The heading line without its "Thema:" prefix.
    public var heading: Located<String>
    /// The paragraphs in order.
    public var paragraphs: [Located<String>]

    public init(heading: Located<String>, paragraphs: [Located<String>]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}

/// An onderwijsregio as the pipeline builds it: extracted from a card, then refined by each step.
public struct Region: Sendable {
    /// Stable slug, unique in the dataset.
    public var id: String = ""
    /// The name without sector tag and with whitespace normalised.
    public var name: String = ""
    /// The name as printed, lines joined by a space.
    public var nameAsPublished: String
    /// The sector tag as printed in the name, e.g. "(vo/mbo)", if any.
    public var sectorTag: String?
    /// The sectors the name's tag claims.
    public var taggedSectors: [Sector] = []
    /// The sectors the figures show.
    public var sectors: [Sector] = []
    public var scope: Scope = .municipalities
    public var figures: Figures
    /// The area as listed, with what each entry resolved to.
    public var area: [AreaEntry]
    /// The municipalities the region covers, in listed order (after province expansion).
    public var municipalities: [RegionMunicipality] = []
    /// The provinces listed as area, for scope `provinces`.
    public var provinces: [RegionProvince] = []
    /// "Thema:" stories inside the card.
    public var stories: [CardStory]
    /// The card's name lines, in order.
    public var nameLines: [Located<String>]
    /// Where the card starts (its first name line).
    public var source: SourceLocation
    /// Whether the card listed an area heading at all.
    public var hasAreaHeading: Bool
    /// The voorloper of the July 2023 article that resolved to this region, if any (set by `AttachMentions`).
    public var voorloper: Voorloper?
    /// Every name the region was seen under, with where (set by `AttachMentions`).
    public var aliases: [NameSighting] = []

    public init(nameLines: [Located<String>], figures: Figures, area: [AreaEntry], stories: [CardStory],
                hasAreaHeading: Bool, source: SourceLocation) {
        self.nameLines = nameLines
        self.nameAsPublished = nameLines.map(\.value).joined(separator: " ")
        self.figures = figures
        self.area = area
        self.stories = stories
        self.hasAreaHeading = hasAreaHeading
        self.source = source
    }

    /// The names listed in the area that could not be placed (unmatched or undecidable).
    public var unresolvedNames: [Located<String>] {
        area.compactMap { entry in
            switch entry.resolution {
            case .unmatched, .ambiguous: Located(entry.name, at: entry.location)
            default: nil
            }
        }
    }
}

/// One listed item of a verzorgingsgebied and what it resolved to.
public struct AreaEntry: Hashable, Sendable {
    /// The text as printed (joined with its continuation, if it was split).
    public var raw: String
    /// The cleaned name the matchers work on.
    public var name: String
    /// Where the item was listed.
    public var location: SourceLocation
    /// True when the line carried no bullet and continues the previous item.
    public var isContinuation: Bool
    /// What the entry resolved to, as the steps decide it.
    public var resolution: AreaResolution = .pending

    public init(raw: String, location: SourceLocation, isContinuation: Bool = false) {
        self.raw = raw
        self.name = raw
        self.location = location
        self.isContinuation = isContinuation
    }
}

/// The state of one area entry as the steps work on it.
public enum AreaResolution: Hashable, Sendable {
    /// Not looked at yet.
    case pending
    /// Tied to one municipality.
    case municipality(code: String, match: MatchKind)
    /// The entry names a province.
    case province(code: String)
    /// Several municipalities fit equally well; geography may decide.
    case ambiguous(codes: [String], match: MatchKind)
    /// No municipality fits.
    case unmatched
    /// A repeat of an earlier entry in the same list; dropped.
    case repeated
    /// Merged into the previous entry (the second half of a split name).
    case mergedIntoPrevious
}
