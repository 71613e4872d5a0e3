/// One way of finding the regions a mention may mean. `RegionResolver` tries its rules in order and
/// the first rule whose candidates survive the sector check decides.
protocol MentionRule: Sendable {
    /// The rule's name in the evidence and outputs.
    var kind: ResolutionRule { get }
    /// True when scores are a matter of degree (geography): candidates within a factor of two of the
    /// best contend and the sector fit decides among them. Otherwise sector fit comes first and a
    /// strictly higher score wins.
    var needsDominance: Bool { get }
    /// The regions of `pool` the rule finds for `mention`, looked up in `index`, in publication order.
    func candidates(for mention: RegionMention, in index: RegionIndex, pool: RegionPool) -> [MentionCandidate]
}
