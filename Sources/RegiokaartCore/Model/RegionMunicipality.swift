/// A municipality in a region's area, with how it got there.
struct RegionMunicipality: Hashable, Sendable {
    /// The municipality, the match, the name and the province, shared by every pair alike (see `MunicipalityLink`).
    private var link: MunicipalityLink
    /// Where the name (or province) was listed.
    var source: SourceLocation

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
         viaProvince: String? = nil, source: SourceLocation) {
        self.init(link: MunicipalityLink(municipality, match: match, nameAsPublished: nameAsPublished, viaProvince: viaProvince),
                  source: source)
    }

    /// A pair that shares `link` with the other pairs alike.
    init(link: MunicipalityLink, source: SourceLocation) {
        self.link = link
        self.source = source
    }

    static func == (lhs: RegionMunicipality, rhs: RegionMunicipality) -> Bool {
        guard lhs.source == rhs.source else { return false }
        return lhs.link === rhs.link || (lhs.municipality == rhs.municipality && lhs.match == rhs.match
                                         && lhs.nameAsPublished == rhs.nameAsPublished && lhs.viaProvince == rhs.viaProvince)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(municipality)
        hasher.combine(match)
        hasher.combine(nameAsPublished)
        hasher.combine(viaProvince)
        hasher.combine(source)
    }
}
