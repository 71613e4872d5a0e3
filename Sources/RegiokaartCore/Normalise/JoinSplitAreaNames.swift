/// Joins names split over two lines: "Hardinxveld-Giessen-" + "dam" → "Hardinxveld-Giessendam",
/// "Leidschendam-" + "Voorburg" → "Leidschendam-Voorburg", also when the second half has its own bullet.
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
            let startsLower = current.name.unicodeScalars.first?.properties.isLowercase ?? false
            let dropHyphen = endsWithHyphen && startsLower
            let joined = Self.join(previous.name, current.name, hyphenated: endsWithHyphen, dropHyphen: dropHyphen)
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

    /// `first` and `second` as one name: directly after a line-end hyphen (dropped when
    /// `dropHyphen`), else with a space.
    static func join(_ first: String, _ second: String, hyphenated: Bool, dropHyphen: Bool) -> String {
        guard hyphenated else { return first + " " + second }
        return (dropHyphen ? String(first.dropLast()) : first) + second
    }
}
