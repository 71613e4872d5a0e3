import Foundation

extension JSONEncoder {
    /// The reference the JSON writers of the outputs (`RegionsJSONWriter`, `IssuesJSONWriter`,
    /// `CasesJSONWriter`, `DataPackageJSONWriter`) are tested against: pretty-printed, keys sorted,
    /// slashes unescaped.
    static func output() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
