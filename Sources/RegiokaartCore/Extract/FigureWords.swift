/// The words of a figure line (`FigureLine.Part.text`) with what reading a figure block asks of
/// them, found once from their bytes: the block reader asks each question up to twice per line.
struct FigureWords {
    /// The words, whitespace collapsed.
    let text: String
    /// "Aantal …" or "Aangesloten …", in any case (`FigureLine.startsLabel`).
    let startsLabel: Bool
    /// "aangesloten …" (any case) or a lower-case first letter: words that go on with a label that
    /// names no figure yet, even when they could start one.
    let continuesUnnamed: Bool
    /// "(…", "instelling…" or "studenten…" (any case): words that complete a label that names its figure.
    let completesNamed: Bool

    init(_ text: String) {
        self.text = text
        var copy = text
        // Each answer from the bytes when they decide it (nil: the `String` decides).
        let (aantal, aangesloten, instelling, studenten, lowercaseFirst, parenthesis) = copy.withUTF8 { b in
            (ASCIIFastPath.lowercasedHasPrefix(b, "aantal"), ASCIIFastPath.lowercasedHasPrefix(b, "aangesloten"),
             ASCIIFastPath.lowercasedHasPrefix(b, "instelling"), ASCIIFastPath.lowercasedHasPrefix(b, "studenten"),
             Self.startsLowercase(b), Self.startsWithParenthesis(b))
        }
        let startsAangesloten = aangesloten ?? ASCIIFastPath.lowercasedHasPrefix(text, "aangesloten")
        startsLabel = startsAangesloten || (aantal ?? ASCIIFastPath.lowercasedHasPrefix(text, "aantal"))
        continuesUnnamed = startsAangesloten
            || (lowercaseFirst ?? (text.unicodeScalars.first?.properties.isLowercase == true))
        completesNamed = (parenthesis ?? text.hasPrefix("("))
            || (instelling ?? ASCIIFastPath.lowercasedHasPrefix(text, "instelling"))
            || (studenten ?? ASCIIFastPath.lowercasedHasPrefix(text, "studenten"))
    }

    /// Whether the first character is a lower-case letter, when the first byte decides it.
    private static func startsLowercase(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = b.first else { return false }
        return first < 0x80 ? (0x61...0x7A).contains(first) : nil
    }

    /// `hasPrefix("(")`, when the bytes decide it: "(" is a whole character when an ASCII byte (or
    /// nothing) follows it.
    private static func startsWithParenthesis(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = b.first, first == UInt8(ascii: "(") else { return false }
        return b.count == 1 || b[1] < 0x80 ? true : nil
    }
}
