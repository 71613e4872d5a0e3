/// Parses a figure as people write it: plain digits ("70780") or digits in groups of three
/// separated by a dot, a space, a no-break space, a narrow no-break space or a thin space
/// ("70.780", "70 780", "1.234.567").
enum FigureValue {
    /// What a figure's text reads as.
    enum Reading: Equatable, Sendable {
        /// A well-formed non-negative whole number.
        case number(Int)
        /// A group separator that does not separate groups of exactly three digits ("70.78", "7.0780").
        case badGrouping
        /// Not a whole number at all ("7O.780", "1,5", "-5").
        case notANumber
    }

    /// The characters accepted between groups of three digits.
    static let groupSeparators: Set<Unicode.Scalar> = [".", " ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// The integer value of `text`, or nil when it is not a well-formed non-negative whole number.
    static func parse(_ text: String) -> Int? {
        if case .number(let value) = read(text) { return value }
        return nil
    }

    /// What `text` reads as, with the reason when it is no number.
    static func read(_ text: String) -> Reading {
        var digits = 0
        var value = 0
        var groupLength = -1  // digits since the last separator; -1 before any separator
        var leadingDigits = 0
        var separator: Unicode.Scalar?
        var sawOnlyDigitsAndSeparators = true
        var badGrouping = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9":
                value = value &* 10 &+ Int(scalar.value - 48)
                digits += 1
                if groupLength >= 0 { groupLength += 1 } else { leadingDigits += 1 }
                if digits > 15 { return .notANumber }
            case _ where groupSeparators.contains(scalar):
                if digits == 0 || groupLength == 0 { return .notANumber }
                if groupLength > 0 && groupLength != 3 { badGrouping = true }
                if groupLength < 0 && leadingDigits > 3 { badGrouping = true }
                // One number uses one kind of separator: "1.234 567" is two numbers or a typo.
                let kind: Unicode.Scalar = scalar == "." ? "." : " "
                if let separator, separator != kind { return .notANumber }
                separator = kind
                groupLength = 0
            default:
                sawOnlyDigitsAndSeparators = false
            }
        }
        guard sawOnlyDigitsAndSeparators, digits > 0 else { return .notANumber }
        if groupLength == 0 { return .notANumber }
        if badGrouping || (groupLength > 0 && groupLength != 3) { return .badGrouping }
        return .number(value)
    }

    /// True when `text` looks like an attempt at a figure standing alone: short, with at least one
    /// digit and at most one space-separated part per digit group ("7O.780" and "70 78" are attempts,
    /// reported as not a number; "Regio 2" is not, it has letters in a part without digits).
    static func looksLikeFigure(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 24 else { return false }
        var hasDigit = false
        var partHasDigit = false
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                hasDigit = true
                partHasDigit = true
            } else if scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}" {
                if !partHasDigit { return false }
                partHasDigit = false
            }
        }
        return hasDigit && partHasDigit
    }
}
