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

        init() {
            bytes.reserveCapacity(64)  // a usual label: a few words
        }

        /// Starts a new label with the words `text`, which start a label ("Aantal …") when `startsLabel`.
        mutating func start(_ text: UnsafeBufferPointer<UInt8>, startsLabel: Bool) {
            bytes.removeAll(keepingCapacity: true)
            isASCII = true
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

        /// The UTF-8 length of the label so far.
        var count: Int { bytes.count }

        /// `FigureLabel.kind(of: text)`.
        var kind: FigureKind? {
            if isASCII { return keywords.kind }
            return FigureLabel.kind(of: text)
        }

        /// The label's text so far.
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }
}
