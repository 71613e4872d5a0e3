/// One way of finding CBS municipalities for a listed name. The matcher tries its rules in order.
protocol MatchRule: Sendable {
    /// The kind of match this rule makes, named in the report.
    var kind: MatchKind { get }
    /// The codes this rule finds for `name` (already whitespace-normalised; `folded` is its fold),
    /// with a short note on how, or nil when the rule finds nothing.
    func candidates(for name: String, folded: String) -> RuleHit?
    /// The same for a name listed on the card with id `region` (nil: on no card in particular).
    /// Only the alias rule looks at the card; the default ignores it.
    func candidates(for name: String, folded: String, region: String?) -> RuleHit?
    /// What the region's geography must say before this rule's candidates are placed.
    var geography: GeographyCheck { get }
}

extension MatchRule {
    func candidates(for name: String, folded: String, region: String?) -> RuleHit? {
        candidates(for: name, folded: folded)
    }

    var geography: GeographyCheck { .decidesTies }
}
