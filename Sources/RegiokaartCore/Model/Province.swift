/// A province with the other names it goes by.
public struct Province: Hashable, Sendable, Codable {
    /// CBS code, e.g. `PV21`.
    public var code: String
    /// CBS name, e.g. `Fryslân`.
    public var name: String
    /// Other spellings, e.g. `Friesland`, `Provincie Fryslân`, `NL-FR`.
    public var aliases: [String]

    public init(code: String, name: String, aliases: [String]) {
        self.code = code
        self.name = name
        self.aliases = aliases
    }
}
