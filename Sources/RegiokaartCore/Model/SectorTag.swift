/// A sector tag in a region name, such as "(vo/mbo)", "(PO)", "(po, vo, mbo)" or "(christelijk po)".
public struct SectorTag: Hashable, Sendable {
    /// The parenthetical as printed, brackets included.
    public var text: String
    /// The sectors it names, in canonical order.
    public var sectors: [Sector]
    /// Short tokens that look like sector codes but are none ("go" in "(po/go)").
    public var unknownTokens: [String]
    /// Known qualifiers that are not sectors ("christelijk").
    public var qualifiers: [String]

    /// Words that may stand beside sector codes in a tag without making it something else.
    public static let knownQualifiers: Set<String> = ["christelijk", "openbaar", "katholiek", "reformatorisch", "groen"]

    /// Parses the inside of a parenthetical (without brackets), or returns nil when it is not a
    /// sector tag: a tag names at least one sector, and its other tokens are known qualifiers or
    /// short codes (at most three letters, taken for mistyped sectors).
    public static func parse(inner: String) -> SectorTag? {
        let tokens = inner.lowercased().split(whereSeparator: { "/,+& ".contains($0) }).map(String.init)
        var sectors = Set<Sector>()
        var unknown: [String] = []
        var qualifiers: [String] = []
        for token in tokens {
            if let sector = Sector(rawValue: token) {
                sectors.insert(sector)
            } else if knownQualifiers.contains(token) {
                qualifiers.append(token)
            } else if token.count <= 3, token.allSatisfy(\.isLetter) {
                unknown.append(token)
            } else {
                return nil
            }
        }
        guard !sectors.isEmpty else { return nil }
        return SectorTag(text: "(\(inner))", sectors: sectors.sorted(), unknownTokens: unknown, qualifiers: qualifiers)
    }

    /// The tag in its usual spelling: qualifiers, then the sectors in canonical order joined by "/"
    /// (unknown codes after them): "(vo /mbo)" → "(vo/mbo)", "(po, vo, mbo)" → "(po/vo/mbo)".
    public var canonicalText: String {
        let codes = (sectors.map(\.rawValue) + unknownTokens).joined(separator: "/")
        return "(" + (qualifiers + [codes]).joined(separator: " ") + ")"
    }

    /// True when the tag is printed in its usual spelling, ignoring case.
    public var hasCanonicalSpelling: Bool { text.lowercased() == canonicalText }

    /// Splits every sector tag off `name`: "Rotterdam (vo/mbo)" → ("Rotterdam", tag). Other
    /// parentheticals such as "(ZOR)" or "(Lingewaard, Overbetuwe en Arnhem)" stay in the name.
    public static func split(_ name: String) -> (name: String, tag: SectorTag?) {
        var kept = ""
        var tag: SectorTag?
        var rest = Substring(name)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inner = String(rest[rest.index(after: open)..<close])
            if let parsed = parse(inner: inner) {
                kept += rest[..<open]
                tag = tag.map { SectorTag(text: $0.text + " " + parsed.text,
                                          sectors: Array(Set($0.sectors + parsed.sectors)).sorted(),
                                          unknownTokens: $0.unknownTokens + parsed.unknownTokens,
                                          qualifiers: $0.qualifiers + parsed.qualifiers) } ?? parsed
            } else {
                kept += rest[...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        kept += rest
        return (NameFolding.collapseWhitespace(kept), tag)
    }
}
