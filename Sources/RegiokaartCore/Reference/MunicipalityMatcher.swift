/// Matches a listed name to CBS municipalities by trying its rules in order:
/// alias, exact, qualifier, folded, former, then the name with a label left out (`LabelRule`:
/// "Gemeente Aalten", "Aalten (Gld.)", matched again by all the rules), then place, fuzzy,
/// short_fuzzy. The first that finds anything decides.
struct MunicipalityMatcher: Sendable {
    /// The rules in the order they are tried: the one place that order is written.
    let rules: [any MatchRule]
    /// The alias rule (also in `rules`), asked whether a name's result depends on the card.
    let aliasRule: AliasRule
    /// Leaving a label out, tried before `rules[labelBefore]`: after the rules that read a name as
    /// the municipality's own, before the place rule (a BAG place name may carry a province:
    /// `Beuningen Gld` is a woonplaats in Beuningen, but `Beuningen (Gld.)` is the municipality, and
    /// `Hengelo (Gld)` is still found as the village in Bronckhorst, through the rest `Hengelo`) and
    /// the fuzzy ones (which would read a labelled name as a typo, or miss it).
    let labelRule: LabelRule
    let labelBefore: Int

    init(reference: ReferenceData) {
        let folded = Self.foldedIndex(reference)
        aliasRule = AliasRule(reference)
        let places = PlaceRule(reference)
        let qualifier = QualifierRule(reference, places: places)
        let asPrinted: [any MatchRule] = [
            aliasRule,
            ExactRule(reference),
            qualifier,
            FoldedRule(byFolded: folded, qualifier: qualifier),
            FormerRule(reference),
        ]
        labelRule = LabelRule(reference)
        labelBefore = asPrinted.count
        rules = asPrinted + [
            places,
            FuzzyRule(byFolded: folded),
            ShortFuzzyRule(byFolded: folded),
        ]
    }

    /// The steps' names in their order, as `explain` lists them: the rules' kinds, with `label`.
    var stepNames: [String] {
        var names = rules.map(\.kind.rawValue)
        names.insert(LabelRule.name, at: labelBefore)
        return names
    }

    /// The first rule's result for `name` listed on the card with id `region` (nil: no card in
    /// particular, so only unscoped aliases apply), or `.unmatched`. When the alias rule decides,
    /// the outcome also carries what the next rule would have found (`overridden`).
    func match(_ name: String, region: String? = nil) -> MatchOutcome {
        let folded = NameFolding.fold(name)
        var outcome = MatchOutcome(kind: nil, hit: nil)
        for (i, rule) in rules.enumerated() {
            if i == labelBefore, outcome.kind == nil, let labelled = labelRule.match(name, region: region, matcher: self) {
                return labelled
            }
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

    /// Every step's result for `name` (on the card `region`, if given), for `regiokaart explain`, in
    /// the order of `stepNames`: each rule's (`kind` the rule's), and the label step's (`kind` the
    /// match it makes, nil when it finds nothing).
    func explain(_ name: String, region: String? = nil) -> [(step: String, kind: MatchKind?, hit: RuleHit?)] {
        let folded = NameFolding.fold(name)
        var steps: [(step: String, kind: MatchKind?, hit: RuleHit?)] = rules.map {
            ($0.kind.rawValue, $0.kind, $0.candidates(for: name, folded: folded, region: region))
        }
        let labelled = labelRule.match(name, region: region, matcher: self)
        steps.insert((LabelRule.name, labelled?.kind, labelled?.hit), at: labelBefore)
        return steps
    }

    /// What the geography must say about the candidates of a `kind` match (see `GeographyCheck`).
    func geography(for kind: MatchKind) -> GeographyCheck {
        rules.first { $0.kind == kind }?.geography ?? .decidesTies
    }

    /// True when an alias row scoped to a card exists for `name`: its result may differ per card.
    func dependsOnRegion(_ name: String) -> Bool {
        guard !aliasRule.scoped.isEmpty else { return false }
        if aliasRule.isScoped(NameFolding.fold(name)) { return true }
        // "Gemeente Bergen" is read as "Bergen", whose row may be scoped.
        return labelRule.labels.reading(of: name).map { dependsOnRegion($0.rest) } ?? false
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
