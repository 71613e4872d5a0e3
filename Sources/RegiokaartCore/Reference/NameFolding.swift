import Foundation

/// Ways of reducing a name so that spellings of the same name compare equal.
public enum NameFolding {
    /// Case, diacritics, spaces, hyphens, apostrophes and punctuation removed:
    /// "Súdwest-Fryslân" → "sudwestfryslan", "West Betuwe" → "westbetuwe".
    public static func fold(_ name: String) -> String {
        let stripped = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = String.UnicodeScalarView()
        for scalar in stripped.unicodeScalars where scalar.isASCII {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                result.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                result.append(Unicode.Scalar(value + 0x20)!)
            }
        }
        return String(result)
    }

    /// The name without a trailing CBS province qualifier: "Hengelo (O.)" → "Hengelo".
    public static func withoutQualifier(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        return String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// Whitespace (including no-break and narrow spaces) collapsed to single spaces and trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
