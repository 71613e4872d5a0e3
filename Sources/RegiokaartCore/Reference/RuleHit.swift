/// What a rule found.
struct RuleHit: Hashable, Sendable {
    /// Candidate municipality codes; one is a match, several an ambiguity.
    var codes: [String]
    /// How the rule got there, for the report and `explain`.
    var detail: String
    /// The label left out of the name before it matched (`LabelRule`), nil for a name matched as printed.
    var label: NameLabel?

    init(codes: [String], detail: String) {
        self.codes = codes
        self.detail = detail
    }
}
