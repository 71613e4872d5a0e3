/// How sure a link from a mention to a region is.
enum LinkConfidence: String, Hashable, Sendable, Codable, CaseIterable {
    /// Settled by the name itself (exact, folded, identical word set), by the steward's alias table,
    /// or by the card the story is printed in; the sectors do not contradict it.
    case certain
    /// Settled by similarity, geography or sectors: right by the rules, worth a steward's glance.
    case probable
}
