/// A municipality and how a listed entry reached it, held by reference.
///
/// A large archive has hundreds of thousands of region–municipality pairs but only a few thousand
/// distinct (municipality, match, province) combinations: pairs built from one link (see
/// `StepContext.link`) hold an 8-byte reference instead of their own copy of the municipality's four
/// strings and coordinates, the match kind and the province code.
final class MunicipalityLink: Sendable {
    /// The CBS municipality.
    let municipality: Municipality
    /// How the listed name was tied to it.
    let match: MatchKind
    /// The province code through which it was added, for scope `provinces`.
    let viaProvince: String?

    init(_ municipality: Municipality, match: MatchKind, viaProvince: String?) {
        self.municipality = municipality
        self.match = match
        self.viaProvince = viaProvince
    }
}
