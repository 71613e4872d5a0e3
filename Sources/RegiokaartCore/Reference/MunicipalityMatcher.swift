/// Matches a listed name to CBS municipalities by trying its rules in order:
/// alias, exact, qualifier, folded, former, place, fuzzy, short_fuzzy. The first rule that finds
/// anything decides.
public struct MunicipalityMatcher: Sendable {
    /// The rules in the order they are tried: the one place that order is written.
    public let rules: [any MatchRule]
    /// The alias rule (also in `rules`), asked whether a name's result depends on the card.
    let aliasRule: AliasRule

    public init(reference: ReferenceData) {
        let folded = Self.foldedIndex(reference)
        aliasRule = AliasRule(reference)
        let places = PlaceRule(reference)
        let qualifier = QualifierRule(reference, places: places)
        rules = [
            aliasRule,
            ExactRule(reference),
            qualifier,
            FoldedRule(byFolded: folded, qualifier: qualifier),
            FormerRule(reference),
            places,
            FuzzyRule(byFolded: folded),
            ShortFuzzyRule(byFolded: folded),
        ]
    }

    /// The first rule's result for `name` listed on the card with id `region` (nil: no card in
    /// particular, so only unscoped aliases apply), or `.unmatched`. When the alias rule decides,
    /// the outcome also carries what the next rule would have found (`overridden`).
    public func match(_ name: String, region: String? = nil) -> MatchOutcome {
        let folded = NameFolding.fold(name)
        var outcome = MatchOutcome(kind: nil, hit: nil)
        for rule in rules {
            guard let hit = rule.candidates(for: name, folded: folded, region: region) else { continue }
            if outcome.kind == nil {
                outcome = MatchOutcome(kind: rule.kind, hit: hit)
                if rule.kind != .alias { return outcome }
            } else {
                outcome.overridden = MatchOutcome.Overridden(kind: rule.kind, hit: hit)
                return outcome
            }
        }
        return outcome
    }

    /// Every rule's result for `name` (on the card `region`, if given), for `regiokaart explain`.
    public func explain(_ name: String, region: String? = nil) -> [(kind: MatchKind, hit: RuleHit?)] {
        let folded = NameFolding.fold(name)
        return rules.map { ($0.kind, $0.candidates(for: name, folded: folded, region: region)) }
    }

    /// What the geography must say about the candidates of a `kind` match (see `GeographyCheck`).
    public func geography(for kind: MatchKind) -> GeographyCheck {
        rules.first { $0.kind == kind }?.geography ?? .decidesTies
    }

    /// True when an alias row scoped to a card exists for `name`: its result may differ per card.
    public func dependsOnRegion(_ name: String) -> Bool {
        !aliasRule.scoped.isEmpty && aliasRule.isScoped(NameFolding.fold(name))
    }

    /// Folded CBS names, with and without qualifier, to their codes.
    static func foldedIndex(_ reference: ReferenceData) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for m in reference.municipalities {
            for key in Set([NameFolding.fold(m.name), NameFolding.fold(NameFolding.withoutQualifier(m.name))]) {
                if !(index[key]?.contains(m.code) ?? false) { index[key, default: []].append(m.code) }
            }
        }
        return index
    }
}

/// The result of matching one name.
public struct MatchOutcome: Hashable, Sendable {
    /// The rule that decided, nil when none did.
    public var kind: MatchKind?
    /// What it found.
    public var hit: RuleHit?
    /// When an alias decided: the first later rule that found something, and what.
    public var overridden: Overridden?

    public init(kind: MatchKind?, hit: RuleHit?, overridden: Overridden? = nil) {
        self.kind = kind
        self.hit = hit
        self.overridden = overridden
    }

    /// The single matched code, if exactly one was found.
    public var code: String? { hit?.codes.count == 1 ? hit?.codes.first : nil }

    /// What a rule would have found had an alias not decided first.
    public struct Overridden: Hashable, Sendable {
        public var kind: MatchKind
        public var hit: RuleHit
    }
}
