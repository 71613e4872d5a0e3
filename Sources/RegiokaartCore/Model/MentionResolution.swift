/// What the resolver made of one mention: a region with confidence and evidence, or the reason it
/// stays unresolved.
struct MentionResolution: Hashable, Sendable {
    /// The region id, nil when unresolved.
    var regionID: String?
    /// Nil when unresolved.
    var confidence: LinkConfidence?
    /// The rule that decided (or that found the tie), nil when no rule found a candidate.
    var rule: ResolutionRule?
    /// Sentences for the steward: which rules found what, and why candidates were kept or dropped.
    var evidence: [String]
    /// Why it stays unresolved (nil when resolved).
    var reason: String?

    /// A link to `regionID`.
    static func linked(_ regionID: String, _ confidence: LinkConfidence, by rule: ResolutionRule,
                       evidence: [String]) -> MentionResolution {
        MentionResolution(regionID: regionID, confidence: confidence, rule: rule, evidence: evidence, reason: nil)
    }

    /// No link, with the reason.
    static func unresolved(_ reason: String, rule: ResolutionRule? = nil, evidence: [String]) -> MentionResolution {
        MentionResolution(regionID: nil, confidence: nil, rule: rule, evidence: evidence, reason: reason)
    }
}
