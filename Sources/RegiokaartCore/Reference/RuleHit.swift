/// What a rule found.
struct RuleHit: Hashable, Sendable {
    /// Candidate municipality codes; one is a match, several an ambiguity.
    var codes: [String]
    /// How the rule got there, for the report and `explain`.
    var detail: String

    init(codes: [String], detail: String) {
        self.codes = codes
        self.detail = detail
    }
}
