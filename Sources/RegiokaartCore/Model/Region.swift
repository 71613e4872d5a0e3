/// An onderwijsregio as the pipeline builds it: extracted from a card, then refined by each step.
public struct Region: Sendable {
    /// Stable slug, unique in the dataset.
    var id: String = ""
    /// The name without sector tag and with whitespace normalised.
    var name: String = ""
    /// The name as printed, lines joined by a space.
    var nameAsPublished: String
    /// The sector tag as printed in the name, e.g. "(vo/mbo)", if any.
    var sectorTag: String?
    /// The sectors the name's tag claims.
    var taggedSectors: [Sector] {
        get { heldTaggedSectors }
        set { heldTaggedSectors = Sector.shared(newValue) }
    }
    /// The sectors the figures show.
    var sectors: [Sector] {
        get { heldSectors }
        set { heldSectors = Sector.shared(newValue) }
    }
    /// `taggedSectors` and `sectors`, each held as the array its list shares (`Sector.shared`).
    private var heldTaggedSectors: [Sector] = []
    private var heldSectors: [Sector] = []
    /// What the area is made of: municipalities, provinces, or the whole country.
    public var scope: Scope = .municipalities
    var figures: Figures
    /// The area as listed, with what each entry resolved to.
    var area: [AreaEntry]
    /// The municipalities the region covers, in listed order (after province expansion).
    var municipalities: [RegionMunicipality] = []
    /// The provinces listed as area, for scope `provinces`.
    var provinces: [RegionProvince] = []
    /// "Thema:" stories inside the card.
    var stories: [CardStory]
    /// The card's name lines, in order.
    var nameLines: [Located<String>]
    /// Where the card starts (its first name line).
    var source: SourceLocation
    /// Whether the card listed an area heading at all.
    var hasAreaHeading: Bool
    /// Whether `aliases` starts with `cardSighting` (kept beside `hasAreaHeading`: no larger region).
    private var heldSightsCard = false
    /// The voorloper of the July 2023 article that resolved to this region, if any (set by `AttachMentions`).
    var voorloper: Voorloper? {
        get { heldVoorloper.first }
        set { heldVoorloper = newValue.map { [$0] } ?? [] }
    }
    /// `voorloper`, held in an array (one pointer): inline, a `Voorloper?` is 176 bytes of every region,
    /// and few regions have one.
    private var heldVoorloper: [Voorloper] = []
    /// Every name the region was seen under, with where (set by `AttachMentions`, after the last
    /// change to `nameAsPublished` and `source`): a first sighting on its own card is implied
    /// (`heldSightsCard`), not stored, so most regions hold no array here.
    var aliases: [NameSighting] {
        get { heldSightsCard ? [cardSighting] + heldAliases : heldAliases }
        set {
            heldSightsCard = newValue.first == cardSighting
            heldAliases = heldSightsCard ? Array(newValue.dropFirst()) : newValue
        }
    }
    /// The region seen under its printed name on its card.
    var cardSighting: NameSighting { NameSighting(name: nameAsPublished, kind: "card", location: source) }
    /// `aliases` without the card's own sighting when `heldSightsCard`: one array per region was 4 MB of an archive.
    private var heldAliases: [NameSighting] = []

    init(nameLines: [Located<String>], figures: Figures, area: [AreaEntry], stories: [CardStory],
         hasAreaHeading: Bool, source: SourceLocation) {
        self.nameLines = nameLines
        self.nameAsPublished = nameLines.map(\.value).joined(separator: " ")
        self.figures = figures
        self.area = area
        self.stories = stories
        self.hasAreaHeading = hasAreaHeading
        self.source = source
    }

    /// Where `entry` of this region's area was listed: its line in the card's file.
    func location(of entry: AreaEntry) -> SourceLocation {
        SourceLocation(file: source.file, line: entry.line)
    }

    /// The names listed in the area that could not be placed (unmatched or undecidable).
    var unresolvedNames: [Located<String>] {
        area.compactMap { entry in entry.resolution.isUnresolved ? Located(entry.name, at: location(of: entry)) : nil }
    }

    /// `Dataset.dropStepState()` of this region alone: of its area only the unresolved entries, no
    /// name lines. `CollectMunicipalities(dropsStepState: true)` drops each region as it is collected.
    mutating func dropStepState() {
        // A new array: filtering in place would keep the whole list's storage.
        let unresolved = area.filter(\.resolution.isUnresolved)
        area = unresolved
        nameLines = []
    }
}
