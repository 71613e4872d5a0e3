/// Parses a figure as printed: digits with Dutch thousands separators ("70.780", "1.234.567"),
/// optionally grouped with a (narrow) no-break space.
public enum FigureValue {
    /// The integer value of `text`, or nil when it is not a well-formed non-negative whole number.
    public static func parse(_ text: String) -> Int? {
        var digits = 0
        var value = 0
        var groupLength = -1  // digits since the last separator; -1 before any separator
        var leadingDigits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9":
                value = value &* 10 &+ Int(scalar.value - 48)
                digits += 1
                if groupLength >= 0 { groupLength += 1 } else { leadingDigits += 1 }
                if digits > 15 { return nil }
            case ".", "\u{00A0}", "\u{202F}", " ":
                if digits == 0 || groupLength == 0 || (groupLength > 0 && groupLength != 3) { return nil }
                if groupLength < 0 && leadingDigits > 3 { return nil }
                groupLength = 0
            default:
                return nil
            }
        }
        if digits == 0 || (groupLength >= 0 && groupLength != 3) { return nil }
        return value
    }

    /// True when `text` looks like an attempt at a figure: short, one token, with at least one digit.
    /// ("7O.780" is an attempt, and is then reported as not a number.)
    static func looksLikeFigure(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 20, !text.contains(Character(" ")) else { return false }
        return text.unicodeScalars.contains { ("0"..."9").contains($0) }
    }
}
