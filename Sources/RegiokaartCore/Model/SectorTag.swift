/// A sector tag in a region name, such as "(vo/mbo)", "(PO)", "(po, vo, mbo)" or "(christelijk po)".
struct SectorTag: Hashable, Sendable {
    /// The parenthetical as printed, brackets included.
    var text: String
    /// The sectors it names, in canonical order.
    var sectors: [Sector]
    /// Short tokens that look like sector codes but are none ("go" in "(po/go)").
    var unknownTokens: [String]
    /// Known qualifiers that are not sectors ("christelijk").
    var qualifiers: [String]

    /// Words that may stand beside sector codes in a tag without making it something else.
    static let knownQualifiers: Set<String> = ["christelijk", "openbaar", "katholiek", "reformatorisch", "groen"]

    /// The tag in its usual spelling: qualifiers, then the sectors in canonical order joined by "/"
    /// (unknown codes after them): "(vo /mbo)" → "(vo/mbo)", "(po, vo, mbo)" → "(po/vo/mbo)".
    var canonicalText: String {
        let codes = (sectors.map(\.rawValue) + unknownTokens).joined(separator: "/")
        return "(" + (qualifiers + [codes]).joined(separator: " ") + ")"
    }

    /// True when the tag is printed in its usual spelling, ignoring case.
    var hasCanonicalSpelling: Bool { text.lowercased() == canonicalText }
}
