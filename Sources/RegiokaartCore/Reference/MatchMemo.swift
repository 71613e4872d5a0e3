/// The matcher's outcomes by name, each made once per distinct name (and card, for a name with an
/// alias row scoped to a card): an archive lists the same names thousands of times, and a name no
/// early rule knows costs the fuzzy rules a pass over every municipality. A step keeps one per run.
struct MatchMemo {
    private var byKey: [String: MatchOutcome] = [:]

    init() {}

    /// `matcher.match(name, region: region)`, from the memo when the name was matched before.
    mutating func match(_ name: String, region: String, matcher: MunicipalityMatcher) -> MatchOutcome {
        let key = Self.key(name, region: region, matcher: matcher)
        if let known = byKey[key] { return known }
        let outcome = matcher.match(name, region: region)
        byKey[key] = outcome
        return outcome
    }

    /// The key of `name` on the card `region`: the name, joined with the card's id only when an alias
    /// row scoped to a card exists for it (its outcome may differ per card).
    static func key(_ name: String, region: String, matcher: MunicipalityMatcher) -> String {
        matcher.dependsOnRegion(name) ? name + "\u{1}" + region : name
    }
}
