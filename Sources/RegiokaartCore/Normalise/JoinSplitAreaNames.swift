/// Joins names split over two lines: "Hardinxveld-Giessen-" + "dam" → "Hardinxveld-Giessendam",
/// "Leidschendam-" + "Voorburg" → "Leidschendam-Voorburg", also when the second half has its own bullet
/// (and its own kind word: "Gemeente Leidschendam-" + "Gemeente Voorburg", `withoutRepeatedKindWord`).
///
/// A line-end hyphen before a lower-case continuation is a hyphenation break and goes; before a
/// capital it is part of the name and stays. A continuation line without a trailing hyphen on the
/// line above is joined with a space. The entry's raw text becomes the two raw halves joined the
/// same way (it is the `name_as_published` of the output, where no cell holds a line break); the
/// finding keeps both lines (`Issue.rawLines`) and names them.
struct JoinSplitAreaNames: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var area = dataset.regions[index].area
        var k = 1
        while k < area.count {
            // Most entries join nothing: told from the flags and the last byte before any copy.
            guard area[k].isContinuation || area[k - 1].name.utf8.last == UInt8(ascii: "-"),
                  case .pending = area[k].resolution, case .pending = area[k - 1].resolution else { k += 1; continue }
            let previous = area[k - 1]
            let current = area[k]
            let endsWithHyphen = previous.name.hasSuffix("-")
            guard endsWithHyphen || current.isContinuation else { k += 1; continue }
            let second = Self.withoutRepeatedKindWord(current.name, after: previous.name, labels: context.matcher.labelRule.labels)
            let startsLower = second.unicodeScalars.first?.properties.isLowercase ?? false
            let dropHyphen = endsWithHyphen && startsLower
            let joined = Self.join(previous.name, second, hyphenated: endsWithHyphen, dropHyphen: dropHyphen)
            area[k - 1].name = joined
            area[k - 1].raw = Self.join(ASCIIFastPath.trimmingWhitespaces(previous.raw),
                                        ASCIIFastPath.trimmingWhitespaces(current.raw),
                                        hyphenated: endsWithHyphen, dropHyphen: dropHyphen)
            area[k].resolution = .mergedIntoPrevious
            dataset.report(Issue(.info, .areaSplitNameJoined, field: "municipalities",
                                 raw: Issue.rawLines([previous.raw, current.raw]), result: joined, at: dataset.regions[index].location(of: previous),
                                 "A name split over lines \(previous.line) and \(current.line) was joined."),
                           region: index)
            k += 2
        }
        dataset.regions[index].area = area
    }

    /// `second` without the kind word it starts with when `first` starts with the same one: a list
    /// that prints "Gemeente" before every item prints it before both halves of a broken name
    /// ("Gemeente Leidschendam-" / "Gemeente Voorburg" is "Gemeente Leidschendam-Voorburg").
    static func withoutRepeatedKindWord(_ second: String, after first: String, labels: NameLabels) -> String {
        guard let (word, rest) = labels.kindWord(of: second), let (firstWord, _) = labels.kindWord(of: first),
              word.lowercased() == firstWord.lowercased() else { return second }
        return rest
    }

    /// `first` and `second` as one name: directly after a line-end hyphen (dropped when
    /// `dropHyphen`), else with a space.
    static func join(_ first: String, _ second: String, hyphenated: Bool, dropHyphen: Bool) -> String {
        guard hyphenated else { return first + " " + second }
        return (dropHyphen ? String(first.dropLast()) : first) + second
    }
}
