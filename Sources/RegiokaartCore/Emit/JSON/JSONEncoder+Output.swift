import Foundation

extension JSONEncoder {
    /// The encoder of every small JSON output (`cases.json`, `datapackage.json`), and the reference
    /// the specialised writers of `regions.json` and `issues.json` are tested against: pretty-printed,
    /// keys sorted, slashes unescaped.
    static func output() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
