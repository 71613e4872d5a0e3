/// A municipality and how a listed entry reached it, held by reference.
///
/// Shared because archives have hundreds of thousands of pairs but a few thousand distinct links: a
/// pair holds a reference, not its own copy of all this (peak memory, scripts/BENCHMARKS.md).
final class MunicipalityLink: Sendable {
    /// The CBS municipality.
    let municipality: Municipality
    /// How the listed name was tied to it.
    let match: MatchKind
    /// The name as printed on the card (nil for municipalities added through a province).
    let nameAsPublished: String?
    /// The province code through which it was added, for scope `provinces`.
    let viaProvince: String?
    /// The municipality's number (its position in the reference list, see `AreaResolution`), nil
    /// when the link was made without one: readers index their tables by it instead of hashing the code.
    let number: Int?

    init(_ municipality: Municipality, match: MatchKind, nameAsPublished: String?, viaProvince: String?, number: Int? = nil) {
        self.municipality = municipality
        self.match = match
        self.nameAsPublished = nameAsPublished
        self.viaProvince = viaProvince
        self.number = number
    }

    /// This link with one value changed (another municipality drops the number).
    func with(municipality: Municipality? = nil, match: MatchKind? = nil, nameAsPublished: String?? = nil,
              viaProvince: String?? = nil) -> MunicipalityLink {
        MunicipalityLink(municipality ?? self.municipality, match: match ?? self.match,
                         nameAsPublished: nameAsPublished ?? self.nameAsPublished, viaProvince: viaProvince ?? self.viaProvince,
                         number: municipality == nil ? number : nil)
    }
}
