/// A CBS *woonplaats* (a place registered in the BAG) and the municipality it lies in.
///
/// Cards sometimes list a place instead of its municipality (`Rosmalen` for 's-Hertogenbosch,
/// `Voorburg` for Leidschendam-Voorburg). One place name can lie in several municipalities
/// (`Velp`, `Beek`, `Laren`): then several `Place` values share the name.
struct Place: Hashable, Sendable, Codable {
    /// The BAG woonplaats code, e.g. `2016` for Rosmalen.
    var code: String
    /// The place name as CBS writes it, e.g. `Rosmalen`, `Hengelo (Gld)`.
    var name: String
    /// The CBS code of its municipality, e.g. `GM0796`.
    var municipalityCode: String

    /// A place called `name` in municipality `municipalityCode`.
    init(code: String, name: String, municipalityCode: String) {
        self.code = code
        self.name = name
        self.municipalityCode = municipalityCode
    }
}
