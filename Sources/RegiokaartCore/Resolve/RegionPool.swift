/// Which regions a mention may mean, as a test on one region:
/// every region for a mention without a landsdeel; for a voorloper listed under a part of the country,
/// only the national regions ("Landelijk") or only the others.
struct RegionPool: Hashable, Sendable {
    /// Nil: every region. True: only national regions. False: only regions that are not national.
    let national: Bool?

    /// The pool of `mention`.
    init(for mention: RegionMention) {
        national = mention.landsdeel == nil ? nil : mention.isNational
    }

    /// True when `region` is in the pool.
    func contains(_ region: Region) -> Bool {
        contains(scope: region.scope)
    }

    /// True when a region of `scope` is in the pool.
    func contains(scope: Scope) -> Bool {
        guard let national else { return true }
        return (scope == .national) == national
    }
}
