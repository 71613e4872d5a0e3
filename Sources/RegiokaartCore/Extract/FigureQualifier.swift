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
        // Asked of the lines around every card's name: most hold no digit at all (told from the
        // bytes: an ASCII digit, or the lead bytes of a non-ASCII character, which may be one).
        guard line.utf8.count <= 96, line.utf8.contains(where: { $0 &- 0x30 < 10 || $0 >= 0xC2 }) else { return nil }
        let text = NameFolding.collapseWhitespace(line)
        guard !text.isEmpty, text.utf8.count <= 48 else { return nil }
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
            let number = rest.trimmingCharacters(in: .whitespaces)
            if FigureValue.looksLikeFigure(number) { return .approximate(String(text.prefix(word.count))) }
        }
        if let space = lower.lastIndex(of: " ") {
            let number = String(lower[..<space]), unit = String(lower[lower.index(after: space)...])
            if units.contains(unit), FigureValue.looksLikeFigure(number) { return .unit(String(text[text.index(text.startIndex, offsetBy: number.count + 1)...])) }
        }
        return nil
    }

    /// Why the figure is not read, for the finding's message.
    var explanation: String {
        switch self {
        case .approximate(let word): "it is approximate (\"\(word)\"): give the exact number"
        case .unit(let word): "a unit (\"\(word)\") follows the number: the label says what is counted, the value must be the number alone"
        case .nonASCIIDigits: "its digits are full-width (or other non-ASCII) digits, not 0–9"
        }
    }
}
