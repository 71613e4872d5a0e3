import Foundation

/// What a figure's value line may carry around its number that makes it no exact whole number:
/// an approximation ("ca. 12.000", "± 12.000", "ruim 12.000"), a unit ("12.000 leerlingen") or
/// full-width digits ("１２.０００"). Such a line is still the card's value (never a card's name):
/// the figure is reported as no number, with what was found, and not read.
enum FigureQualifier: Equatable {
    /// A word or sign saying the number is approximate ("ca.", "±").
    case approximate(String)
    /// A unit word after the number ("leerlingen").
    case unit(String)
    /// Full-width (or other non-ASCII decimal) digits.
    case nonASCIIDigits
    /// A dash where the number should be ("-", "–", "—", "−"): perhaps none, perhaps not known.
    case dash

    /// Words and signs of approximation, lower-case, as they open a value line.
    static let approximations = ["ca.", "ca", "circa", "±", "+/-", "+-", "~", "≈", "ongeveer", "bijna", "ruim", "meer dan",
                                 "minder dan", ">", "<", ">=", "<=", "tot", "max.", "min."]
    /// `approximations`, the longest first (so "ca." is tried before "ca").
    static let longestFirst = approximations.sorted { $0.count > $1.count }
    /// Unit words that may follow a number, lower-case.
    static let units = ["leerlingen", "studenten", "leerlingen/studenten", "besturen", "schoolbesturen", "instellingen",
                        "mbo-instellingen", "opleiders", "lln.", "lln", "st.", "stuks"]

    /// The qualifier of the value line `line`, nil when it is none of these (an exact number, a
    /// label, a name, anything else). Read from short lines only (a value line is short).
    static func of(_ line: String) -> FigureQualifier? {
        guard line.utf8.count <= 96 else { return nil }
        var copy = line
        guard copy.withUTF8({ mayQualify($0) }) else { return nil }
        return reading(line)
    }

    /// `of(line)` without the byte test (the tests check that the test loses no qualified line).
    static func reading(_ line: String) -> FigureQualifier? {
        let text = NameFolding.collapseWhitespace(line)
        guard !text.isEmpty, text.utf8.count <= 48 else { return nil }
        var copy = text
        if copy.withUTF8(FigureLine.isDash) { return .dash }
        if text.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.numericType == .decimal }),
           text.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal || FigureValue.groupSeparators.contains($0) || $0 == "," }) {
            return .nonASCIIDigits
        }
        let lower = text.lowercased()
        for word in longestFirst where lower.hasPrefix(word) {
            let rest = lower.dropFirst(word.count)
            // "ca.12.000", "± 12.000", "ca 12.000": the number follows directly or after a space;
            // a word that merely starts so ("tot" in "totaal") does not count.
            guard let first = rest.first, first == " " || first.isNumber || word.last?.isLetter == false else { continue }
            let number = ASCIIFastPath.trimmingWhitespaces(String(rest))
            if FigureValue.looksLikeFigure(number) { return .approximate(String(text.prefix(word.count))) }
        }
        if let space = lower.lastIndex(of: " ") {
            let number = String(lower[..<space]), unit = String(lower[lower.index(after: space)...])
            if units.contains(unit), FigureValue.looksLikeFigure(number) { return .unit(String(text[text.index(text.startIndex, offsetBy: number.count + 1)...])) }
        }
        return nil
    }

    /// First bytes an approximation may open with (ASCII lower-case; 0xC2 and 0xE2 lead "±", "≈"
    /// and the Unicode spaces, which are then looked at closely).
    private static let approximationFirstBytes = Set(approximations.map { $0.utf8.first! } + [0xC2, 0xE2])
    /// `units` as bytes.
    private static let unitBytes = Set(units.map { Array($0.utf8) })

    /// A test on the bytes of a line that every qualified value passes (asked of the lines around
    /// every card's name, so it must settle them without building strings): a dash alone, or a digit
    /// (or a non-ASCII byte, which may be one), and an approximation's first byte at the start, a unit as the last
    /// word, or a non-ASCII byte. A plain value line ("70.780") and a name ("Amsterdam", "Regio 2")
    /// fail it.
    static func mayQualify(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digit = false, nonASCII = false
        for byte in bytes {
            if byte &- 0x30 < 10 { digit = true } else if byte >= 0x80 { nonASCII = true }
        }
        guard digit || nonASCII else {
            // A dash alone ("-"; "–", "—" and "−" are not ASCII).
            guard let blank = ASCIIFastPath.blankTrimmed(bytes) else { return false }
            return FigureLine.isDash(UnsafeBufferPointer(rebasing: bytes[blank]))
        }
        if nonASCII { return true }
        guard let blank = ASCIIFastPath.blankTrimmed(bytes), !blank.isEmpty else { return false }
        if approximationFirstBytes.contains(ASCIIFastPath.lowercase(bytes[blank.lowerBound])) { return true }
        var start = blank.upperBound
        while start > blank.lowerBound, bytes[start - 1] != 0x20, bytes[start - 1] != 0x09 { start -= 1 }
        guard start > blank.lowerBound, blank.upperBound - start <= 20 else { return false }
        return unitBytes.contains(bytes[start..<blank.upperBound].map(ASCIIFastPath.lowercase))
    }

    /// Why the figure is not read, for the finding's message.
    var explanation: String {
        switch self {
        case .approximate(let word): "it is approximate (\"\(word)\"): give the exact number"
        case .unit(let word): "a unit (\"\(word)\") follows the number: the label says what is counted, the value must be the number alone"
        case .nonASCIIDigits: "its digits are full-width (or other non-ASCII) digits, not 0–9"
        case .dash: "a dash stands where the number should be (none? not known?): print the number, 0 for none"
        }
    }
}
