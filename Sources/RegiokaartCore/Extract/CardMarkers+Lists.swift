/// The markers of a card's area list that a rendering may write in many ways: its heading
/// ("Verzorgingsgebied", "Gemeenten", "Werkgebied", in markdown, with the names after a colon),
/// numbered items ("1. Amsterdam", "1) Amsterdam"), markdown table rows ("| Amsterdam |") and all
/// names on one line ("A, B en C").
extension CardMarkers {
    /// The heading words that open an area list anywhere at the start of the line (the printing
    /// the pipeline has always read: "Verzorgingsgebied", "Verzorgingsgebieden", "Deelnemende gemeenten").
    static let areaHeadingPrefixes: [StaticString] = ["verzorgingsgebied", "deelnemende gemeenten"]
    /// Heading words that open an area list only as the whole line (markdown marks and a colon
    /// aside) or before a colon and the names: "Gemeenten" alone is a heading, "Gemeenten in de
    /// regio werken samen" is not.
    static let areaHeadingWords: [StaticString] = ["gemeenten", "werkgebied"]

    /// What an area heading line holds: nil when `line` is no area heading; else the names printed
    /// on the same line after a colon ("Verzorgingsgebied: Aalten, Apeldoorn"), "" when there are none.
    static func areaHeading(_ line: String) -> String? {
        var copy = line
        return copy.withUTF8 { bytes in
            areaHeading(bytes).map { range in
                NameFolding.collapseWhitespace(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
        }
    }

    /// `areaHeading` on the UTF-8 bytes of a line: the byte range of the inline names (empty when
    /// none), nil when the line is no area heading. Leading markdown marks ("#", "*", "_", a table
    /// row's "|") and whitespace are skipped, and so are the closing marks after the heading word.
    static func areaHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var i = 0
        while i < bytes.count, isMark(bytes[i]) || bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        // After the first letter nothing ASCII but the marks may stand: a bullet "- " is no heading.
        guard i < bytes.count else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[i...])
        var wordEnd: Int?
        var wholeLineOnly = false
        for word in areaHeadingPrefixes where ASCIIFastPath.lowercasedHasPrefix(rest, word) == true {
            wordEnd = i + word.utf8CodeUnitCount
        }
        if wordEnd == nil {
            for word in areaHeadingWords where ASCIIFastPath.lowercasedHasPrefix(rest, word) == true {
                wordEnd = i + word.utf8CodeUnitCount
                wholeLineOnly = true
            }
        }
        guard var k = wordEnd else { return nil }
        // The closing marks, then a colon: the names after it are the list.
        while k < bytes.count, isMark(bytes[k]) || bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        if k < bytes.count, bytes[k] == UInt8(ascii: ":") {
            k += 1
            while k < bytes.count, isMark(bytes[k]) { k += 1 }
            // A table row's closing border is no part of the names ("| Verzorgingsgebied: Aalten |").
            var end = bytes.count
            while end > k, bytes[end - 1] == UInt8(ascii: "|") || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return k..<end
        }
        if wholeLineOnly { return k == bytes.count ? k..<k : nil }
        return bytes.count..<bytes.count
    }

    /// `areaHeading(line) != nil`, decided from the line's bytes.
    static func isAreaHeading(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { areaHeading($0) != nil }
    }

    /// A markdown mark that may stand around a heading: "#", "*", "_", or a table row's border "|"
    /// ("| Verzorgingsgebied |").
    private static func isMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "|")
    }

    /// The cells of a markdown table row read as list items, whitespace collapsed: "| Aalten |" →
    /// ["Aalten"], "| Aalten | Apeldoorn |" → both (a list printed as a table, one or a few names to
    /// a row); a blank cell is no item, and the closing border may be missing. Nil when the line
    /// does not open with the row's border "|". (A table's delimiter row never gets here:
    /// `CardLines` reads it as a blank line.)
    static func tableRowItems(_ line: String) -> [String]? {
        guard line.utf8.first == UInt8(ascii: "|") else { return nil }
        return line.utf8.dropFirst().split(separator: UInt8(ascii: "|"))
            .map { NameFolding.collapseWhitespace(String(decoding: $0, as: UTF8.self)) }
            .filter { !$0.isEmpty }
    }

    /// The item of a numbered list line ("1. Amsterdam", "12) Utrecht", "3.\tAlmere"), whitespace
    /// collapsed; nil when the line is no numbered item. One to three digits, a "." or ")", and
    /// whitespace (any Unicode space) before the name, which must not start with a digit: "70. 780"
    /// or "1.000" are no items.
    static func numberedItem(_ line: String) -> String? {
        var copy = line
        return copy.withUTF8 { bytes in
            numberedItemStart(bytes).map { NameFolding.collapseWhitespace(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0...]), as: UTF8.self)) }
        }
    }

    /// Where the name of a numbered list line starts in its UTF-8 bytes (after the number, its
    /// "." or ")" and the space), nil when the line is no numbered item.
    static func numberedItemStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count, i < 3, (0x30...0x39).contains(bytes[i]) { i += 1 }
        guard i > 0, i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
        i += 1
        let spaceStart = i
        while i < bytes.count {
            if bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1; continue }
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { i += 2; continue }  // U+00A0
            break
        }
        guard i > spaceStart, i < bytes.count, !(0x30...0x39).contains(bytes[i]) else { return nil }
        return i
    }

    /// True when a plain line inside the area list holds several names separated by commas,
    /// semicolons or a spaced "·", "•" or "|" (`ListSeparators`: "Aalten, Apeldoorn en Zutphen",
    /// "Aalten | Apeldoorn"), not a sentence: no ". " and no end ".", and no piece longer than a
    /// name (`looksLikeName`).
    static func looksLikeList(_ line: String) -> Bool {
        guard ListSeparators.any(in: line), !line.hasSuffix("."), !line.contains(". "), !line.hasSuffix(":") else { return false }
        var pieces: [Substring] = []
        var start = line.startIndex
        for index in line.indices where ListSeparators.separates(line, at: index) {
            pieces.append(line[start..<index])
            start = line.index(after: index)
        }
        pieces.append(line[start...])
        return pieces.allSatisfy { $0.utf8.count <= 60 }
    }
}
