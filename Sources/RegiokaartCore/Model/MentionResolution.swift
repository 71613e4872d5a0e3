/// How sure a link from a mention to a region is.
public enum LinkConfidence: String, Hashable, Sendable, Codable, CaseIterable {
    /// Settled by the name itself (exact, folded, identical word set), by the steward's alias table,
    /// or by the card the story is printed in; the sectors do not contradict it.
    case certain
    /// Settled by similarity, geography or sectors: right by the rules, worth a steward's glance.
    case probable
}

/// The rule that decided a link (or failed to).
public enum ResolutionRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// The steward's alias table (`Input/corrections/region-aliases.csv`).
    case alias
    /// The name equals a region name letter for letter.
    case exact
    /// The name equals a region name ignoring case, diacritics, spaces and punctuation.
    case folded
    /// The word sets are similar once filler words are ignored.
    case tokens
    /// The mention names provinces, municipalities or the whole country, and the region covers them.
    case geography
    /// The mention is a story printed inside the region's own card.
    case card
}

/// What the resolver made of one mention: a region with confidence and evidence, or the reason it
/// stays unresolved.
public struct MentionResolution: Hashable, Sendable {
    /// The region id, nil when unresolved.
    public var regionID: String?
    /// Nil when unresolved.
    public var confidence: LinkConfidence?
    /// The rule that decided (or that found the tie), nil when no rule found a candidate.
    public var rule: ResolutionRule?
    /// Sentences for the steward: which rules found what, and why candidates were kept or dropped.
    public var evidence: [String]
    /// Why it stays unresolved (nil when resolved).
    public var reason: String?

    /// A link to `regionID`.
    public static func linked(_ regionID: String, _ confidence: LinkConfidence, by rule: ResolutionRule,
                              evidence: [String]) -> MentionResolution {
        MentionResolution(regionID: regionID, confidence: confidence, rule: rule, evidence: evidence, reason: nil)
    }

    /// No link, with the reason.
    public static func unresolved(_ reason: String, rule: ResolutionRule? = nil, evidence: [String]) -> MentionResolution {
        MentionResolution(regionID: nil, confidence: nil, rule: rule, evidence: evidence, reason: reason)
    }

    /// True when linked to a region.
    public var isResolved: Bool { regionID != nil }
}
