/// Matches a listed name to CBS municipalities by trying its rules in order:
/// exact, alias, qualifier, folded, former, place, fuzzy. The first rule that finds anything decides.
public struct MunicipalityMatcher: Sendable {
    /// The rules in the order they are tried: the one place that order is written.
    public let rules: [any MatchRule]

    public init(reference: ReferenceData) {
        let folded = Self.foldedIndex(reference)
        rules = [
            ExactRule(reference),
            AliasRule(reference),
            QualifierRule(reference),
            FoldedRule(byFolded: folded),
            FormerRule(reference),
            PlaceRule(reference),
            FuzzyRule(byFolded: folded),
        ]
    }

    /// The first rule's result for `name`, or `.unmatched`.
    public func match(_ name: String) -> MatchOutcome {
        let folded = NameFolding.fold(name)
        for rule in rules {
            if let hit = rule.candidates(for: name, folded: folded) {
                return MatchOutcome(kind: rule.kind, hit: hit)
            }
        }
        return MatchOutcome(kind: nil, hit: nil)
    }

    /// Every rule's result for `name`, for `regiokaart explain`.
    public func explain(_ name: String) -> [(kind: MatchKind, hit: RuleHit?)] {
        let folded = NameFolding.fold(name)
        return rules.map { ($0.kind, $0.candidates(for: name, folded: folded)) }
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

    /// The single matched code, if exactly one was found.
    public var code: String? { hit?.codes.count == 1 ? hit?.codes.first : nil }
}
