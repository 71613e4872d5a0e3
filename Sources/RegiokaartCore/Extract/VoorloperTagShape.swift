/// The shapes a voorloper's sector tag is printed in: round brackets as every reader knows them
/// ("Zeeland (po/vo/mbo)"), square brackets ("[po/vo]"), after a dash ("Rotterdam – po"), and
/// with hyphens or dashes between the codes ("(po-vo-mbo)"). The tag keeps its printing
/// (`SectorTag.text`), so every shape but the usual one is reported as `voorloper.tag_spelling`.
enum VoorloperTagShape {
    /// Dashes that may stand, spaced, between a name and its tag.
    static let dashes: [String] = ["–", "—", "-"]
    /// Characters between the codes of a tag read as "/" when the tag does not parse as printed.
    static let codeSeparators: Set<Character> = ["-", "–", "—"]

    /// The mention of a list item as printed, its tag in any of the shapes.
    static func mention(_ item: String, landsdeel: String?, location: SourceLocation) -> RegionMention {
        let (name, tag) = split(item)
        return RegionMention(kind: .voorloper, asListed: item, name: name, tag: tag, landsdeel: landsdeel, location: location)
    }

    /// The name and the tag of `item`: a tag in round brackets anywhere (`SectorTag.split`), else a
    /// tag in square brackets at its end, else a tag after a spaced dash at its end.
    static func split(_ item: String) -> (name: String, tag: SectorTag?) {
        let round = SectorTag.split(item, parse: parse(inner:))
        if round.tag != nil { return round }
        if let (name, tag) = squareBracketed(item) ?? dashed(item) { return (name, tag) }
        return round
    }

    /// The tag inside a pair of brackets (without them): as `SectorTag.parse(inner:)` reads it, else
    /// with dashes between the codes read as "/" ("po-vo-mbo"), the printing kept.
    static func parse(inner: String) -> SectorTag? {
        if let tag = SectorTag.parse(inner: inner) { return tag }
        guard inner.contains(where: codeSeparators.contains) else { return nil }
        let slashed = String(inner.map { codeSeparators.contains($0) ? "/" : $0 })
        // Only codes and qualifiers: "(ROC-mbo)" stays a parenthetical of the name, as it would in round brackets.
        guard let tag = SectorTag.parse(inner: slashed), tag.unknownTokens.isEmpty else { return nil }
        return printed("(\(inner))")(tag)
    }

    /// The tag `text` is on its own, in any shape ("(po)", "[vo/mbo]", "– po"): a line or list item
    /// that is only a tag belongs to the item before it. Nil for any other text.
    static func bareTag(_ text: String) -> SectorTag? {
        if text.hasPrefix("("), text.hasSuffix(")"), text.count > 2 { return parse(inner: String(text.dropFirst().dropLast())) }
        if let (name, tag) = squareBracketed(text), name.isEmpty { return tag }
        for dash in dashes where text.hasPrefix(dash + " ") {
            let rest = String(text.dropFirst(dash.count + 1))
            guard isTagOnly(rest) else { return nil }
            return (bareTag(rest) ?? parse(inner: rest)).map(printed(dash + " " + rest))
        }
        return nil
    }

    /// True when the list item `text` is a tag and nothing else: a bare tag, or sector codes and
    /// qualifiers without brackets ("po", "vo/mbo"; not "PLG+ - christelijk/po", whose "plg" would be
    /// read as an unknown code).
    static func isTagOnly(_ text: String) -> Bool {
        if bareTag(text) != nil { return true }
        return parse(inner: text).map { $0.unknownTokens.isEmpty } ?? false
    }

    /// "Zeeland [po/vo]" → ("Zeeland", tag printed "[po/vo]").
    static func squareBracketed(_ text: String) -> (String, SectorTag)? {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return nil }
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard let tag = parse(inner: inner) else { return nil }
        return (NameFolding.collapseWhitespace(String(text[..<open])), printed("[\(inner)]")(tag))
    }

    /// "Rotterdam – po" → ("Rotterdam", tag printed "– po"): the last spaced dash, a tag after it.
    static func dashed(_ text: String) -> (String, SectorTag)? {
        for dash in dashes {
            guard let range = text.range(of: " \(dash) ", options: .backwards) else { continue }
            let rest = String(text[range.upperBound...])
            guard isTagOnly(rest), let tag = bareTag(rest) ?? parse(inner: rest) else { continue }
            return (NameFolding.collapseWhitespace(String(text[..<range.lowerBound])), printed("\(dash) \(rest)")(tag))
        }
        return nil
    }

    /// A line's trailing dashed tag ("• Rotterdam – po" → "• Rotterdam", "– po"), so that a list
    /// bullet such as "–" in it does not split the line into two items. Nil when it has none.
    static func trailingDashedTag(_ line: String) -> (body: String, tag: String)? {
        // Most lines end in a bracketed tag or a name: only a line holding a spaced dash is looked at.
        guard let last = line.utf8.last, last != UInt8(ascii: ")"), last != UInt8(ascii: "]") else { return nil }
        for dash in dashes {
            guard let range = line.range(of: " \(dash) ", options: .backwards) else { continue }
            let rest = String(line[range.upperBound...])
            guard isTagOnly(rest) else { continue }
            let body = String(line[..<range.lowerBound])
            return (body, "\(dash) \(rest)")
        }
        return nil
    }

    /// `tag` with its printing `text`.
    private static func printed(_ text: String) -> (SectorTag) -> SectorTag {
        { SectorTag(text: text, sectors: $0.sectors, unknownTokens: $0.unknownTokens, qualifiers: $0.qualifiers) }
    }
}
