/// Matches a listed name to CBS municipalities by trying its rules in order:
/// alias, exact, qualifier, folded, former, place, fuzzy, short_fuzzy. The first rule that finds
/// anything decides.
struct MunicipalityMatcher: Sendable {
    /// The rules in the order they are tried: the one place that order is written.
    let rules: [any MatchRule]
    /// The alias rule (also in `rules`), asked whether a name's result depends on the card.
    let aliasRule: AliasRule

    init(reference: ReferenceData) {
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
    func match(_ name: String, region: String? = nil) -> MatchOutcome {
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
    func explain(_ name: String, region: String? = nil) -> [(kind: MatchKind, hit: RuleHit?)] {
        let folded = NameFolding.fold(name)
        return rules.map { ($0.kind, $0.candidates(for: name, folded: folded, region: region)) }
    }

    /// What the geography must say about the candidates of a `kind` match (see `GeographyCheck`).
    func geography(for kind: MatchKind) -> GeographyCheck {
        rules.first { $0.kind == kind }?.geography ?? .decidesTies
    }

    /// True when an alias row scoped to a card exists for `name`: its result may differ per card.
    func dependsOnRegion(_ name: String) -> Bool {
        !aliasRule.scoped.isEmpty && aliasRule.isScoped(NameFolding.fold(name))
    }

    /// Folded CBS names, with and without qualifier, to their codes.
    static func foldedIndex(_ reference: ReferenceData) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for m in reference.municipalities {
            // The two keys compared, not put in a `Set`: a set for each municipality was most of this index's cost.
            let folded = NameFolding.fold(m.name)
            add(m.code, to: &index[folded, default: []])
            let base = NameFolding.withoutQualifier(m.name)
            if base != m.name, case let foldedBase = NameFolding.fold(base), foldedBase != folded {
                add(m.code, to: &index[foldedBase, default: []])
            }
        }
        return index
    }

    /// Adds `code` to the codes of one key unless it is there: the list is changed in place, so
    /// each key is looked up once.
    private static func add(_ code: String, to codes: inout [String]) {
        if !codes.contains(code) { codes.append(code) }
    }
}
