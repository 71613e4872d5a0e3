extension PublicationExtractor {
    /// The findings for the lines of `source` (the document `file`) that were read without the
    /// invisible characters printed in them (`SourceLines.printings`, by the text or the HTML
    /// reader) and that no card name or list entry of `regions` was read from: a heading, a figure
    /// label or value, a story line, a line of the theme pages or of the voorlopers article
    /// (`VoorloperExtractor`, with no regions), or more of them than its names hold
    /// (`-\u{200B} Texel`: the character stands in the bullet). Names and entries are reported by
    /// `RemoveInvisibleCharacters`, with what was removed from the name; every other such line once
    /// here (`line.invisible_characters`, info), as printed (`<U+200B>`) and as read. In line order;
    /// none (and nothing gathered) for a document without such lines.
    static func invisibleCharacterFindings(_ source: SourceLines, file: String, regions: [Region]) -> [Issue] {
        guard !source.printings.isEmpty else { return [] }
        // The invisible characters the names and entries read from each line hold (as printed).
        var named: [Int: Int] = [:]
        for region in regions {
            for line in region.nameLines { named[line.location.line, default: 0] += count(line.value) }
            for entry in region.area { named[entry.line, default: 0] += count(entry.raw) }
        }
        return source.printings.keys.sorted().compactMap { position in
            let number = source.number(at: position)
            // A line whose invisible characters all stand in its names is theirs to report; one that
            // holds more (before a list item's bullet, in a heading before its names) is reported here.
            guard let printed = source.printings[position], count(printed) > named[number, default: 0] else { return nil }
            let text = ASCIIFastPath.trimmingWhitespaces(source[position].text)
            return Issue(.info, .lineInvisibleCharacters, field: "text",
                         raw: InvisibleCharacters.shown(ASCIIFastPath.scalarTrimmed(printed, zeroWidthSpace: false)), result: text,
                         at: SourceLocation(file: file, line: number),
                         "Invisible characters (zero-width space or joiner, word joiner, soft hyphen, byte-order mark) were left out of a line that no card name or list entry was read from; it is read as it looks.")
        }
    }

    /// The number of invisible characters in `text` (0, without a pass, for text with none of their lead bytes).
    static func count(_ text: String) -> Int {
        guard InvisibleCharacters.removed(from: text) != nil else { return 0 }
        return text.unicodeScalars.reduce(0) { $0 + (InvisibleCharacters.isInvisible($1) ? 1 : 0) }
    }
}
