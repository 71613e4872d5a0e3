/// A card's figure block read into values and labels, in document order.
///
/// The block starts at the card's first figure token and runs over every line that is a value, a
/// label ("Aantal …", "Aangesloten …", on one line with its value or not) or the continuation of a
/// label broken over lines ("Aantal" / "leerlingen/" / "studenten"); it ends at the area heading,
/// a list item, a story, the closing links, or the first line that is none of these.
struct FigureBlock {
    /// The values and labels, in order.
    var tokens: [FigureToken] = []
    /// The first line after the block.
    var end: Int

    /// The most lines one label may be broken over.
    static let maximumLabelLines = 6
    /// The longest text one label may have: labels are a few words, sentences are not labels.
    static let maximumLabelLength = 100

    /// Reads the block of `lines` starting at `start`, up to `limit` (exclusive). With
    /// `firstLabelOnly`, stops before the first line that starts a figure after the first label
    /// (what finding the cards needs); `read` then goes on from there.
    init(_ lines: CardLines, from start: Int, limit: Int, firstLabelOnly: Bool = false) {
        end = start
        tokens.reserveCapacity(2 * FigureKind.allCases.count)  // a value and a label per figure
        read(lines, limit: limit, firstLabelOnly: firstLabelOnly)
    }

    /// Reads on from `end`. A block stopped by `firstLabelOnly` stopped where a new figure starts,
    /// so reading on from there gives what reading it whole gives.
    ///
    /// Each line is read from its bytes (`FigureLine.spans`): its words are tested and joined into
    /// labels as bytes, and only values and complete labels become strings.
    mutating func read(_ lines: CardLines, limit: Int, firstLabelOnly: Bool = false) {
        var reader = Reader(tokens: tokens, line: end, firstLabelOnly: firstLabelOnly)
        tokens = []  // (moved into the reader, not shared)
        while reader.line < limit, lines.withBytes(reader.line, { reader.read($0) }) { reader.line += 1 }
        reader.close()
        tokens = reader.tokens
        end = reader.line
    }

    /// The state of reading a block line after line: its state lives in one value so that the
    /// per-line reading, called from `CardLines.withBytes`, reads and writes it in place.
    private struct Reader {
        var tokens: [FigureToken]
        /// The line being read.
        var line: Int
        let firstLabelOnly: Bool
        /// The label being read, as an index into `tokens`; its text is `label`.
        var open: Int?
        var openLines = 0
        var label = OpenLabel()
        var hasLabel: Bool
        var spans: [FigureLine.Span] = []

        init(tokens: [FigureToken], line: Int, firstLabelOnly: Bool) {
            self.tokens = tokens
            self.line = line
            self.firstLabelOnly = firstLabelOnly
            hasLabel = tokens.contains { !$0.isValue }
            spans.reserveCapacity(4)
        }

        /// Ends the open label: its token gets its text. A label the exact path did not read (no
        /// figure named, or no "Aantal" / "Aangesloten" before it) is read by the slow path
        /// (`FigureLabel.reading(of:)`), which says how.
        mutating func close() {
            if let open {
                tokens[open].text = label.text
                if !label.opened || tokens[open].kind == nil {
                    let reading = FigureLabel.reading(of: tokens[open].text)
                    tokens[open].kind = reading.kind
                    tokens[open].note = reading.note
                }
            }
            open = nil
            openLines = 0
        }

        /// "Aantal" / "aangesloten" / "schoolbesturen": a label word continues a label that does
        /// not name its figure yet when it is "aangesloten" or written in lower case.
        func continuesOpen(_ words: FigureWords) -> Bool {
            guard let open, tokens[open].kind == nil else { return false }
            return words.continuesUnnamed
        }

        /// `FigureBlock.continues` for the open label; and a label that names its figure goes on only
        /// with words that keep it naming that figure ("Aangesloten opleiders" / "Studenten" is no
        /// pupils label). `text` are the words' bytes.
        func mayContinueOpen(_ words: FigureWords, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let open else { return false }
            let kind = tokens[open].kind
            return FigureBlock.continues(labelLength: label.count, kind: kind, isValue: tokens[open].isValue,
                                         with: words, lines: openLines)
                && (kind == nil || label.kind(appending: text) == kind)
        }

        /// Whether the words of span `span` of the line `bytes`, which do not complete the open label
        /// as the exact path sees it, still do: lower-case, and naming (`FigureLabel.reading(of:)`,
        /// misspelt) the figure the open label names ("studneten" after "Aantal leerlingen/").
        func continuesMisspelt(_ span: FigureLine.Span, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let open, let kind = tokens[open].kind, !tokens[open].isValue, openLines < FigureBlock.maximumLabelLines else { return false }
            return span.withWords(in: bytes) { words in
                guard let first = words.first, first &- 0x61 < 26, label.count + words.count < FigureBlock.maximumLabelLength else { return false }
                return FigureLabel.reading(of: String(decoding: words, as: UTF8.self)).kind == kind
            }
        }

        /// Reads line `line`, whose UTF-8 bytes are `bytes`, into the block; false when the block
        /// ends before it.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            // (A dash alone, or before its label, is a value in the block — "-" for none — not a list
            // item: `FigureLine.isDash`, `dashBeforeLabel`.)
            if !FigureLine.isDash(bytes), FigureLine.dashBeforeLabel(bytes) == nil,
               FigureBlock.isStructure(bytes) ?? FigureBlock.isStructure(String(decoding: bytes, as: UTF8.self)) { return false }
            FigureLine.spans(bytes, into: &spans)
            guard let first = spans.first else { return false }
            var firstWords: FigureWords?  // the first part's words, asked about twice
            var startsFigure = true  // the line's first part closes any open label
            var withoutOpener = false  // the line's first words start a label without "Aantal" / "Aangesloten"
            var continuesLabel = false  // the line's first words continue the open label although misspelt
            switch first {
            case .value:
                break
            case .separator:
                startsFigure = false
            case .words, .collapsed:
                let words = first.withWords(in: bytes, FigureWords.init)
                firstWords = words
                if words.startsLabel, !continuesOpen(words) { break }
                if first.withWords(in: bytes, { mayContinueOpen(words, $0) }) {
                    startsFigure = false
                } else if continuesMisspelt(first, in: bytes) {
                    // "Aantal leerlingen/" / "studneten": a misspelt word that completes the open label.
                    startsFigure = false
                    continuesLabel = true
                } else if open == nil, first.withWords(in: bytes, { FigureLabel.mayStartWithoutOpener(String(decoding: $0, as: UTF8.self)) }) {
                    // Words the exact path would end the block at: a label without its opener word
                    // ("Leerlingen/studenten") or with it misspelt ("Aantl"), read by its keywords —
                    // only beside a value (after one, or first): a lone "Studenten" after a label is no label.
                    withoutOpener = true
                } else {
                    return false
                }
            }
            if firstLabelOnly, startsFigure, hasLabel { return false }
            for p in spans.indices {
                switch spans[p] {
                case .value(let range):
                    close()
                    tokens.append(FigureToken(role: .value, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                                              firstLine: line, lastLine: line))
                case .separator:
                    if !tokens.isEmpty { tokens[tokens.count - 1].separatorAfter = true }
                case .words(let range):
                    add(UnsafeBufferPointer(rebasing: bytes[range]), words: p == 0 ? firstWords : nil,
                        startsLabel: p == 0 && withoutOpener, continuesLabel: p == 0 && continuesLabel)
                case .collapsed(var text):
                    text.withUTF8 {
                        add($0, words: p == 0 ? firstWords : nil, startsLabel: p == 0 && withoutOpener, continuesLabel: p == 0 && continuesLabel)
                    }
                }
            }
            return true
        }

        /// Reads the words `text` of the line (`words`: what they are, when known): they go on
        /// with the open label or start one (always when `startsLabel`: a label without its opener word).
        private mutating func add(_ text: UnsafeBufferPointer<UInt8>, words known: FigureWords?, startsLabel withoutOpener: Bool = false,
                                  continuesLabel: Bool = false) {
            let words = known ?? FigureWords(text)
            if !withoutOpener, let open, continuesLabel || (!words.startsLabel || continuesOpen(words)) && mayContinueOpen(words, text) {
                if tokens[open].lastLine != line { openLines += 1 }
                label.append(text)
                tokens[open].kind = label.kind
                tokens[open].lastLine = line
            } else {
                close()
                label.start(text, startsLabel: words.startsLabel || withoutOpener, opened: words.startsLabel)
                // (Its text is set when the label is complete: `close`.)
                tokens.append(FigureToken(role: .label, text: "", kind: label.kind, firstLine: line, lastLine: line))
                open = tokens.count - 1
                openLines = 1
                hasLabel = true
            }
        }
    }

    /// True for the lines that end a figure block: the area heading, a list item, a story heading,
    /// the closing links.
    static func isStructure(_ line: String) -> Bool {
        CardMarkers.isAreaHeading(line) || CardMarkers.isTerminator(line)
            || CardMarkers.bulletItems(line) != nil || CardMarkers.numberedItem(line) != nil || CardMarkers.storyHeading(line) != nil
    }

    /// `isStructure` of a line decided from its UTF-8 bytes, nil when the line's `String` must decide.
    static func isStructure(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Each test below needs one of these first bytes (or a non-ASCII one) to answer other than false.
        guard let first = bytes.first else { return false }
        switch ASCIIFastPath.lowercase(first) {
        case UInt8(ascii: "v"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "w"), UInt8(ascii: "#"), UInt8(ascii: "_"),
             UInt8(ascii: "t"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "|"), 0x20, 0x09, 0x80...0xFF: break
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // A numbered list item ("1. Aalten") ends the figures; a value ("70.780") does not.
            return CardMarkers.numberedItemStart(bytes) != nil
        default: return false
        }
        // The heading's words and marks are ASCII: its bytes decide wherever they stand.
        let area = CardMarkers.areaHeading(bytes) != nil
        let bullet = CardMarkers.isBullet(bytes)
        let story = ASCIIFastPath.lowercasedHasPrefix(bytes, "thema:")
        if area || bullet == true || story == true { return true }
        if bullet == nil || story == nil || CardMarkers.mayBeTerminator(bytes) { return nil }
        return false
    }

    /// True when `words` may continue the label whose text is `labelLength` UTF-8 bytes long and whose figure is `kind`
    /// (nil: none yet; `isValue`: not a label at all): until a label names its figure, any short words
    /// ("Aantal" / "aangesloten" / "schoolbesturen"); after that only words that complete it
    /// ("(po)", "studenten", "instellingen").
    static func continues(labelLength: Int, kind: FigureKind?, isValue: Bool, with words: FigureWords, lines: Int) -> Bool {
        guard !isValue, lines < maximumLabelLines,
              labelLength + words.length < maximumLabelLength else { return false }
        return kind == nil || words.completesNamed
    }
}
