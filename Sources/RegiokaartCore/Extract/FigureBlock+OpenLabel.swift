extension FigureBlock {
    /// The label being read, a line at a time: its text as bytes and the figure it names so far.
    ///
    /// Its lines' words are joined with a space as they come, and its kind follows them
    /// (`FigureLabel.Keywords`, for ASCII labels); the label's `String` is made once, when it is
    /// complete, rather than once per line.
    struct OpenLabel {
        /// The label's text so far, in UTF-8.
        private(set) var bytes: [UInt8] = []
        /// Whether `bytes` are ASCII (then `keywords` holds them).
        private var isASCII = true
        private var keywords = FigureLabel.Keywords()
        /// Whether the label's first words are "Aantal …" or "Aangesloten …" (`FigureWords.startsLabel`):
        /// only then may the exact path alone read it.
        private(set) var opened = true
        /// Whether the block reader took the label for one although it lacks "Aantal" / "Aangesloten".
        private var withoutOpener = false

        init() {
            bytes.reserveCapacity(64)  // a usual label: a few words
        }

        /// Starts a new label with the words `text`, which start a label when `startsLabel`: they open
        /// with "Aantal" / "Aangesloten" when `opened`, or the block reader took them for a label
        /// without that word (`FigureLabel.mayStartWithoutOpener`).
        mutating func start(_ text: UnsafeBufferPointer<UInt8>, startsLabel: Bool, opened: Bool? = nil) {
            bytes.removeAll(keepingCapacity: true)
            isASCII = true
            self.opened = opened ?? startsLabel
            withoutOpener = startsLabel && !self.opened
            keywords = FigureLabel.Keywords(startsLabel: startsLabel)
            add(text)
        }

        /// Joins the words `text` of the label's next line to it, after a space.
        mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
            bytes.append(0x20)
            add(text)
        }

        private mutating func add(_ text: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: text)
            guard isASCII else { return }
            isASCII = ASCIIFastPath.isASCII(text)
            if isASCII { keywords.append(text) }
        }

        /// The kind the label would name with the words `text` joined to it (`kind` after `append`),
        /// found without changing it.
        func kind(appending text: UnsafeBufferPointer<UInt8>) -> FigureKind? {
            if isASCII, ASCIIFastPath.isASCII(text) {
                var keywords = self.keywords
                keywords.append(text)
                return keywords.kind
            }
            var copy = self
            copy.append(text)
            return copy.kind
        }

        /// The UTF-8 length of the label so far.
        var count: Int { bytes.count }

        /// `FigureLabel.kind(of: text)`, for a label the block reader took for one without its opener
        /// word as if it had it.
        var kind: FigureKind? {
            if isASCII { return keywords.kind }
            return withoutOpener ? FigureLabel.keywordKind(of: text) : FigureLabel.kind(of: text)
        }

        /// The label's text so far.
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }
}
