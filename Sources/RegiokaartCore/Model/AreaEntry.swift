/// One listed item of a verzorgingsgebied and what it resolved to.
struct AreaEntry: Hashable, Sendable {
    /// The text as printed (joined with its continuation, if it was split).
    var raw: String
    /// The cleaned name the matchers work on.
    var name: String
    /// What the entry resolved to, as the steps decide it.
    var resolution: AreaResolution = .pending
    /// True when the line carried no bullet and continues the previous item (after the resolution:
    /// it fits in the bytes the resolution leaves before the next multiple of four).
    var isContinuation: Bool
    /// `line`, in four bytes after the flag: 56 bytes an entry instead of 64 (a file holds at most
    /// 256 MB, so fewer than 2³¹ lines), and an archive extracts ~700 000 entries.
    private var storedLine: Int32

    /// The line the item was listed on, in the file of its card (`Region.location(of:)` gives the
    /// whole location: a card's list is never in another file, and a run has ~700 000 entries).
    var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(newValue) }
    }

    init(raw: String, line: Int, isContinuation: Bool = false) {
        self.raw = raw
        self.name = raw
        self.storedLine = Int32(line)
        self.isContinuation = isContinuation
    }
}
