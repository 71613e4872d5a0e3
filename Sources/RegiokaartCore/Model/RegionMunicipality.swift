/// A municipality in a region's area, with how it got there.
struct RegionMunicipality: Hashable, Sendable {
    /// The municipality, the match, the name and the province, shared by every pair alike (see `MunicipalityLink`).
    private var link: MunicipalityLink
    /// `line`, in 32 bits and without the file (the card's): 16 bytes a pair, of which an archive has ~750 000.
    private var storedLine: UInt32

    /// The line the name (or province) was listed on, in the file of the region's card (`source(in:)`).
    var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(newValue) }
    }

    /// Where the name (or province) was listed: `line` in the file of `region`'s card, the region this pair is of.
    func source(in region: Region) -> SourceLocation {
        SourceLocation(file: region.source.file, line: line)
    }

    /// The identity of the link this pair shares with the pairs alike: pairs with one identity have the
    /// same municipality, match, name and province (the writers render those once per link).
    var linkIdentity: ObjectIdentifier { ObjectIdentifier(link) }

    /// The CBS municipality.
    var municipality: Municipality {
        get { link.municipality }
        set { link = link.with(municipality: newValue) }
    }

    /// How the listed name was tied to the municipality.
    var match: MatchKind {
        get { link.match }
        set { link = link.with(match: newValue) }
    }

    /// The name as printed on the card (nil for municipalities added through a province).
    var nameAsPublished: String? {
        get { link.nameAsPublished }
        set { link = link.with(nameAsPublished: .some(newValue)) }
    }

    /// The province code through which it was added, for scope `provinces`.
    var viaProvince: String? {
        get { link.viaProvince }
        set { link = link.with(viaProvince: .some(newValue)) }
    }

    /// The municipality's number in the reference list, nil when the pair was made without one.
    var municipalityNumber: Int? { link.number }

    init(municipality: Municipality, match: MatchKind, nameAsPublished: String?,
         viaProvince: String? = nil, line: Int) {
        self.init(link: MunicipalityLink(municipality, match: match, nameAsPublished: nameAsPublished, viaProvince: viaProvince),
                  line: line)
    }

    /// A pair that shares `link` with the other pairs alike.
    init(link: MunicipalityLink, line: Int) {
        self.link = link
        storedLine = UInt32(line)
    }

    /// Same values, line included (pairs of one region: the file is the card's).
    static func == (lhs: RegionMunicipality, rhs: RegionMunicipality) -> Bool {
        guard lhs.storedLine == rhs.storedLine else { return false }
        return lhs.link === rhs.link || (lhs.municipality == rhs.municipality && lhs.match == rhs.match
                                         && lhs.nameAsPublished == rhs.nameAsPublished && lhs.viaProvince == rhs.viaProvince)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(municipality)
        hasher.combine(match)
        hasher.combine(nameAsPublished)
        hasher.combine(viaProvince)
        hasher.combine(storedLine)
    }
}
