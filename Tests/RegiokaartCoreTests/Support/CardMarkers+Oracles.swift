@testable import RegiokaartCore

extension CardMarkers {
    /// `bulletItems` read scalar by scalar, without its byte paths (ASCII lines, a non-ASCII bullet
    /// before one ASCII item): the oracle those paths are compared with.
    static func referenceBulletItems(_ line: String) -> [String]? {
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return nil }
        let rest: [Unicode.Scalar]
        if first == "-" {
            guard scalars.count > 1, scalars[1].properties.isWhitespace else { return nil }
            rest = Array(scalars.dropFirst())
        } else if bullets.contains(first) {
            rest = Array(scalars.dropFirst())
        } else {
            return nil
        }
        var items: [String] = []
        var current = String.UnicodeScalarView()
        for (i, s) in rest.enumerated() {
            if bullets.contains(s), i > 0, rest[i - 1] == " ", i + 1 < rest.count, rest[i + 1] == " " {
                items.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
        }
        items.append(String(current))
        return items.map(NameFolding.collapseUnicodeWhitespace).filter { !$0.isEmpty }
    }
}
