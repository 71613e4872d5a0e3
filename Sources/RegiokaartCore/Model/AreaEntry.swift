/// One listed item of a verzorgingsgebied and what it resolved to.
struct AreaEntry: Hashable, Sendable {
    /// The text as printed (joined with its continuation, if it was split).
    var raw: String
    /// The cleaned name the matchers work on.
    var name: String
    /// Where the item was listed.
    var location: SourceLocation
    /// What the entry resolved to, as the steps decide it.
    var resolution: AreaResolution = .pending
    /// True when the line carried no bullet and continues the previous item (last: it fits in the
    /// bytes the resolution leaves before the next multiple of eight).
    var isContinuation: Bool

    init(raw: String, location: SourceLocation, isContinuation: Bool = false) {
        self.raw = raw
        self.name = raw
        self.location = location
        self.isContinuation = isContinuation
    }
}
