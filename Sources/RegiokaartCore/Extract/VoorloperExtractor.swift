import Foundation

/// Reads the July 2023 voorlopers article.
///
/// Every non-blank line is collapsed and read for the count the article states ("27 voorlopers",
/// "zevenentwintig definitieve voorlopers"); the lines then go to `VoorloperListReader`, which reads
/// the part-of-the-country headings ("Noord-Nederland:", "**Noord-Nederland**", …) and the list
/// items under them ("• Zeeland (po/vo/mbo)", "1. Zeeland", an `<li>`, a line of a list without
/// markers), joins an item printed over two lines and skips navigation. Running text is skipped.
struct VoorloperExtractor: Sendable {
    init() {}

    func extract(_ document: SourceDocument) -> VoorloperArticle {
        var claims: [Located<Int>] = []
        var lines: [VoorloperListReader.Line] = []
        var afterBlank = false
        for line in document.lines {
            let text = Self.collapsed(line.text)
            guard !text.isEmpty else { afterBlank = true; continue }
            let location = document.location(of: line)
            claims += Self.countClaims(in: text, at: location)
            lines.append(VoorloperListReader.Line(text: text, location: location, afterBlank: afterBlank,
                                                  items: ArticleListMarker.items(text)))
            afterBlank = false
        }
        var reader = VoorloperListReader()
        reader.read(lines)
        var log = reader.log
        // The invisible characters the document's reader left out of its lines (`SourceLines.printings`),
        // each such line reported once, as the publication's are: the article holds no card name.
        for issue in PublicationExtractor.invisibleCharacterFindings(document.lines, file: document.name, regions: []) { log.record(issue) }
        return VoorloperArticle(source: document.name, voorlopers: reader.voorlopers, countClaims: claims, issues: log)
    }

    /// `NameFolding.collapseWhitespace(text)`, the spaces and tabs at either end cut off on the bytes
    /// first: an indented list line (" • Zeeland (po)") is then collapsed already, where it would be
    /// rebuilt scalar by scalar. (Collapsing drops whitespace at either end anyway.)
    static func collapsed(_ text: String) -> String {
        var text = text
        let trimmed = text.withUTF8 { bytes -> String? in
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return start == 0 && end == bytes.count ? nil : String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return NameFolding.collapseWhitespace(trimmed ?? text)
    }

    /// The number a lower-cased word before "voorlopers" states: digits above 0, or a Dutch number word
    /// from two on ("zeventien", "zevenentwintig"; "een" is left out: "een aantal voorlopers" is no count).
    static func countValue(_ word: String) -> Int? {
        if let number = Int(word) { return number > 0 ? number : nil }
        return DutchNumberWords.value(word).flatMap { $0 >= 2 ? $0 : nil }
    }

    /// "27 voorlopers", "27 definitieve voorlopers" and "zevenentwintig voorlopers" in `text`: a number
    /// (`countValue`) one or two words before "voorlopers".
    static func countClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        // Every claim has "voorlopers" in the lower-cased text, so in the bytes ignoring ASCII case.
        guard ASCIIFastPath.mayContainLowercased(text, "voorlopers") else { return [] }
        return wordClaims(in: text, at: location)
    }

    /// `countClaims` without the byte test (the tests check that the test loses no claim).
    static func wordClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        var copy = text
        return copy.withUTF8 { separatedWordClaims($0, at: location) } ?? characterWordClaims(in: text, at: location)
    }

    /// `characterWordClaims` from the bytes, when every space and comma stands alone (`SeparatorBytes`):
    /// then the words split at them are the `Character` words, and only the words before a claim
    /// word are lower-cased (lower-casing and splitting the whole paragraph cost a hundred times
    /// more). Nil for any other text. Only ASCII letters lower-case to "voorlopers".
    static func separatedWordClaims(_ bytes: UnsafeBufferPointer<UInt8>, at location: SourceLocation) -> [Located<Int>]? {
        let n = bytes.count
        func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == UInt8(ascii: ",") }
        for i in 0..<n where isSeparator(bytes[i]) && !SeparatorBytes.standsAlone(bytes, at: i) { return nil }
        func word(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased() }
        var claims: [Located<Int>] = []
        var words: [Range<Int>] = []
        var i = 0
        while i < n {
            if isSeparator(bytes[i]) { i += 1; continue }
            var j = i + 1
            while j < n, !isSeparator(bytes[j]) { j += 1 }
            words.append(i..<j)
            if j - i >= 10, ASCIIFastPath.mayContainLowercased(UnsafeBufferPointer(rebasing: bytes[i..<(i + 10)]), "voorlopers"),
               word(i..<j).hasPrefix("voorlopers") {
                let w = words.count - 1
                for back in 1...2 where w - back >= 0 {
                    if let number = countValue(word(words[w - back])) {
                        claims.append(Located(number, at: location))
                        break
                    }
                }
            }
            i = j
        }
        return claims
    }

    /// `wordClaims` on the `Character`s of the lower-cased text: the definition, for any text.
    static func characterWordClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var claims: [Located<Int>] = []
        for (w, word) in words.enumerated() where word.hasPrefix("voorlopers") {
            for back in 1...2 where w - back >= 0 {
                if let number = countValue(words[w - back]) {
                    claims.append(Located(number, at: location))
                    break
                }
            }
        }
        return claims
    }
}
