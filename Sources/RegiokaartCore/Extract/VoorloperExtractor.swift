import Foundation

/// Reads the July 2023 voorlopers article.
///
/// A heading is a short line ending in ":" ("Noord-Nederland:"); the bullets after it ("• Zeeland
/// (po/vo/mbo)", bullet characters as on the cards) are its voorlopers. Running text is skipped. The
/// count the article states ("27 voorlopers", "27 definitieve voorlopers") is read from the text.
struct VoorloperExtractor: Sendable {
    init() {}

    func extract(_ document: SourceDocument) -> VoorloperArticle {
        var voorlopers: [Voorloper] = []
        var claims: [Located<Int>] = []
        var log = IssueLog()
        var heading: String?
        for line in document.lines {
            let text = NameFolding.collapseWhitespace(line.text)
            guard !text.isEmpty else { continue }
            let location = document.location(of: line)
            claims += Self.countClaims(in: text, at: location)
            if let items = CardMarkers.bulletItems(text) {
                for item in items {
                    let mention = RegionMention(kind: .voorloper, asListed: item, landsdeel: heading, location: location)
                    if heading == nil {
                        log.record(Issue(.warning, .voorloperOutsideSection, field: "voorloper", raw: item, at: location,
                                         "\"\(item)\" is listed before any part-of-the-country heading; read without one."))
                    }
                    if let tag = mention.tag, !tag.hasCanonicalSpelling {
                        log.record(Issue(.info, .voorloperTagSpelling, field: "sectors", raw: tag.text, result: tag.canonicalText,
                                         at: location, "The tag \(tag.text) of \"\(mention.name)\" is read as \(tag.canonicalText)."))
                    }
                    voorlopers.append(Voorloper(mention: mention))
                }
            } else if text.hasSuffix(":"), text.utf8.count <= 40 {
                heading = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
            }
        }
        return VoorloperArticle(source: document.name, voorlopers: voorlopers, countClaims: claims, issues: log)
    }

    /// "27 voorlopers" and "27 definitieve voorlopers" in `text`: a number one or two words before "voorlopers".
    static func countClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        // Every claim has "voorlopers" in the lower-cased text, so in the bytes ignoring ASCII case.
        guard ASCIIFastPath.mayContainLowercased(text, "voorlopers") else { return [] }
        return wordClaims(in: text, at: location)
    }

    /// `countClaims` without the byte test (the tests check that the test loses no claim).
    static func wordClaims(in text: String, at location: SourceLocation) -> [Located<Int>] {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var claims: [Located<Int>] = []
        for (w, word) in words.enumerated() where word.hasPrefix("voorlopers") {
            for back in 1...2 where w - back >= 0 {
                if let number = Int(words[w - back]), number > 0 {
                    claims.append(Located(number, at: location))
                    break
                }
            }
        }
        return claims
    }
}
