/// One listed item of a verzorgingsgebied and what it resolved to.
struct AreaEntry: Hashable, Sendable {
    /// The text as printed (joined with its continuation, if it was split).
    var raw: String
    /// The cleaned name the matchers work on.
    var name: String
    /// The line the item was listed on, in the file of its card (`Region.location(of:)` gives the
    /// whole location: a card's list is never in another file, and a run has ~700 000 entries).
    var line: Int
    /// What the entry resolved to, as the steps decide it.
    var resolution: AreaResolution = .pending
    /// True when the line carried no bullet and continues the previous item (last: it fits in the
    /// bytes the resolution leaves before the next multiple of eight).
    var isContinuation: Bool

    init(raw: String, line: Int, isContinuation: Bool = false) {
        self.raw = raw
        self.name = raw
        self.line = line
        self.isContinuation = isContinuation
    }
}
