/// The result of matching one name.
struct MatchOutcome: Hashable, Sendable {
    /// The rule that decided, nil when none did.
    var kind: MatchKind?
    /// What it found.
    var hit: RuleHit?
    /// When an alias decided: the first later rule that found something, and what.
    var overridden: Overridden?

    init(kind: MatchKind?, hit: RuleHit?, overridden: Overridden? = nil) {
        self.kind = kind
        self.hit = hit
        self.overridden = overridden
    }

    /// The single matched code, if exactly one was found.
    var code: String? { hit?.codes.count == 1 ? hit?.codes.first : nil }

    /// What a rule would have found had an alias not decided first.
    struct Overridden: Hashable, Sendable {
        var kind: MatchKind
        var hit: RuleHit
    }
}
