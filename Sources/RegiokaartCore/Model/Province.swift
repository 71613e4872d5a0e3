/// A province with the other names it goes by.
struct Province: Hashable, Sendable, Codable {
    /// CBS code, e.g. `PV21`.
    var code: String
    /// CBS name, e.g. `Fryslân`.
    var name: String
    /// Other spellings, e.g. `Friesland`, `Provincie Fryslân`, `NL-FR`.
    var aliases: [String]

    init(code: String, name: String, aliases: [String]) {
        self.code = code
        self.name = name
        self.aliases = aliases
    }
}
