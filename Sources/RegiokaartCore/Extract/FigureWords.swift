/// The words of a figure line (`FigureLine.Part.text`) with what reading a figure block asks of
/// them, found once from their bytes: the block reader asks each question up to twice per line.
struct FigureWords {
    /// The length of the words in UTF-8 bytes.
    let length: Int
    /// "Aantal …" or "Aangesloten …", in any case (`FigureLine.startsLabel`).
    let startsLabel: Bool
    /// "aangesloten …" (any case) or a lower-case first letter: words that go on with a label that
    /// names no figure yet, even when they could start one.
    let continuesUnnamed: Bool
    /// "(…", "instelling…" or "studenten…" (any case): words that complete a label that names its figure.
    let completesNamed: Bool

    init(_ text: String) {
        var copy = text
        self = copy.withUTF8 { FigureWords($0) }
    }

    /// The words whose UTF-8 bytes are `b`: each answer from the bytes when they decide it, from
    /// the `String` otherwise (a non-ASCII byte where it matters; made once, only then).
    init(_ b: UnsafeBufferPointer<UInt8>) {
        length = b.count
        // An ASCII first byte rules out every word it does not start (this runs on every line of a figure block).
        let first = b.first.map(ASCIIFastPath.lowercase) ?? 0
        let a = first == UInt8(ascii: "a") || first >= 0x80
        let aantal = a ? ASCIIFastPath.lowercasedHasPrefix(b, "aantal") : false
        // ("aantal" and "aangesloten" differ in their fourth byte: one ASCII match rules out the other.)
        let aangesloten = a && aantal != true ? ASCIIFastPath.lowercasedHasPrefix(b, "aangesloten") : false
        // (Spaces inside the word do not count: "studen ten", a word broken by a stray space.)
        let instelling = first == UInt8(ascii: "i") || first >= 0x80 ? Self.squeezedHasPrefix(b, "instelling") : false
        let studenten = first == UInt8(ascii: "s") || first >= 0x80 ? Self.squeezedHasPrefix(b, "studenten") : false
        let lowercaseFirst = Self.startsLowercase(b), parenthesis = Self.startsWithParenthesis(b)
        if let aantal, let aangesloten, let instelling, let studenten, let lowercaseFirst, let parenthesis {
            startsLabel = aangesloten || aantal
            continuesUnnamed = aangesloten || lowercaseFirst
            completesNamed = parenthesis || instelling || studenten
            return
        }
        let text = String(decoding: b, as: UTF8.self)
        let startsAangesloten = aangesloten ?? ASCIIFastPath.lowercasedHasPrefix(text, "aangesloten")
        startsLabel = startsAangesloten || (aantal ?? ASCIIFastPath.lowercasedHasPrefix(text, "aantal"))
        continuesUnnamed = startsAangesloten
            || (lowercaseFirst ?? (text.unicodeScalars.first?.properties.isLowercase == true))
        completesNamed = (parenthesis ?? text.hasPrefix("("))
            || (instelling ?? ASCIIFastPath.lowercasedHasPrefix(Self.squeezed(text), "instelling"))
            || (studenten ?? ASCIIFastPath.lowercasedHasPrefix(Self.squeezed(text), "studenten"))
    }

    /// `ASCIIFastPath.lowercasedHasPrefix` of `b` with its ASCII whitespace left out ("studen ten"
    /// starts "studenten"); nil when a non-ASCII byte comes before the answer.
    private static func squeezedHasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool? {
        let count = word.utf8CodeUnitCount
        var k = 0
        for byte in b where byte != 0x20 && byte &- 0x09 >= 5 {  // (not space, tab, line feed, …, carriage return)
            if byte >= 0x80 { return nil }
            if ASCIIFastPath.lowercase(byte) != word.utf8Start[k] { return false }
            k += 1
            if k == count { return true }
        }
        return false
    }

    /// `text` without its whitespace (the `String` path of `squeezedHasPrefix`).
    private static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
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
