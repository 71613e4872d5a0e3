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
    /// `labels` remembers the kinds of the label texts met, across blocks.
    init(_ lines: CardLines, from start: Int, limit: Int, firstLabelOnly: Bool = false, labels: inout FigureLabelMemo) {
        end = start
        tokens.reserveCapacity(2 * FigureKind.allCases.count)  // a value and a label per figure
        read(lines, limit: limit, firstLabelOnly: firstLabelOnly, labels: &labels)
    }

    /// Reads on from `end`. A block stopped by `firstLabelOnly` stopped where a new figure starts,
    /// so reading on from there gives what reading it whole gives.
    mutating func read(_ lines: CardLines, limit: Int, firstLabelOnly: Bool = false, labels: inout FigureLabelMemo) {
        var open: Int?  // the label being read, as an index into `tokens`
        var openLines = 0
        func close() { open = nil; openLines = 0 }
        // "Aantal" / "aangesloten" / "schoolbesturen": a label word continues a label that does not
        // name its figure yet when it is "aangesloten" or written in lower case.
        func continuesOpen(_ words: FigureWords) -> Bool {
            guard let label = open, tokens[label].kind == nil else { return false }
            return words.continuesUnnamed
        }
        var pos = end
        var hasLabel = tokens.contains { !$0.isValue }
        var parts: [FigureLine.Part] = []
        parts.reserveCapacity(4)
        scan: while pos < limit {
            if lines.withBytes(pos, Self.isStructure) ?? Self.isStructure(lines.text(pos)) { break }
            lines.withBytes(pos) { FigureLine.parts($0, into: &parts) }
            guard let first = parts.first else { break }
            var firstWords: FigureWords?  // the first part's words, asked about twice
            var startsFigure = true  // the line's first part closes any open label
            switch first {
            case .value:
                break
            case .separator:
                startsFigure = false
            case .text(let text):
                let words = FigureWords(text)
                firstWords = words
                if words.startsLabel, !continuesOpen(words) { break }
                guard let label = open, Self.continues(tokens[label].text, kind: tokens[label].kind, isValue: tokens[label].isValue,
                                                       with: words, lines: openLines) else { break scan }
                startsFigure = false
            }
            if firstLabelOnly, startsFigure, hasLabel { break }
            for (p, part) in parts.enumerated() {
                switch part {
                case .value(let raw):
                    close()
                    tokens.append(FigureToken(role: .value, text: raw, firstLine: pos, lastLine: pos))
                case .separator:
                    if !tokens.isEmpty { tokens[tokens.count - 1].separatorAfter = true }
                case .text(let text):
                    let words = p == 0 ? firstWords ?? FigureWords(text) : FigureWords(text)
                    if let label = open, !words.startsLabel || continuesOpen(words),
                       Self.continues(tokens[label].text, kind: tokens[label].kind, isValue: tokens[label].isValue,
                                      with: words, lines: openLines) {
                        if tokens[label].lastLine != pos { openLines += 1 }
                        (tokens[label].text, tokens[label].kind) = labels.continuing(tokens[label].text, with: text)
                        tokens[label].lastLine = pos
                    } else {
                        close()
                        tokens.append(FigureToken(role: .label, text: text, kind: labels.kind(of: text),
                                                  firstLine: pos, lastLine: pos))
                        open = tokens.count - 1
                        openLines = 1
                        hasLabel = true
                    }
                }
            }
            pos += 1
        }
        end = pos
    }

    /// True for the lines that end a figure block: the area heading, a list item, a story heading,
    /// the closing links.
    static func isStructure(_ line: String) -> Bool {
        CardMarkers.isAreaHeading(line) || CardMarkers.isTerminator(line)
            || CardMarkers.bulletItems(line) != nil || CardMarkers.storyHeading(line) != nil
    }

    /// `isStructure` of a line decided from its UTF-8 bytes, nil when the line's `String` must decide.
    static func isStructure(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Each test below needs one of these first bytes (or a non-ASCII one) to answer other than false.
        guard let first = bytes.first else { return false }
        switch ASCIIFastPath.lowercase(first) {
        case UInt8(ascii: "v"), UInt8(ascii: "d"), UInt8(ascii: "t"), UInt8(ascii: "-"), UInt8(ascii: "*"),
             UInt8(ascii: "["), 0x20, 0x09, 0x80...0xFF: break
        default: return false
        }
        let area = ASCIIFastPath.lowercasedHasPrefix(bytes, "verzorgingsgebied")
        let members = ASCIIFastPath.lowercasedHasPrefix(bytes, "deelnemende gemeenten")
        let bullet = CardMarkers.isBullet(bytes)
        let story = ASCIIFastPath.lowercasedHasPrefix(bytes, "thema:")
        if area == true || members == true || bullet == true || story == true { return true }
        if area == nil || members == nil || bullet == nil || story == nil || CardMarkers.mayBeTerminator(bytes) { return nil }
        return false
    }

    /// True when `words` may continue the label whose text is `label` and whose figure is `kind`
    /// (nil: none yet; `isValue`: not a label at all): until a label names its figure, any short words
    /// ("Aantal" / "aangesloten" / "schoolbesturen"); after that only words that complete it
    /// ("(po)", "studenten", "instellingen").
    static func continues(_ label: String, kind: FigureKind?, isValue: Bool, with words: FigureWords, lines: Int) -> Bool {
        guard !isValue, lines < maximumLabelLines,
              label.utf8.count + words.text.utf8.count < maximumLabelLength else { return false }
        return kind == nil || words.completesNamed
    }
}
