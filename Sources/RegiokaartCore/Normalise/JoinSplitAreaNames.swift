/// Joins names split over two lines: "Hardinxveld-Giessen-" + "dam" → "Hardinxveld-Giessendam",
/// "Leidschendam-" + "Voorburg" → "Leidschendam-Voorburg", also when the second half has its own bullet.
///
/// A line-end hyphen before a lower-case continuation is a hyphenation break and goes; before a
/// capital it is part of the name and stays. A continuation line without a trailing hyphen on the
/// line above is joined with a space.
public struct JoinSplitAreaNames: RegionStep {
    public let name = "join-split-area-names"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var area = dataset.regions[index].area
        var k = 1
        while k < area.count {
            let previous = area[k - 1]
            let current = area[k]
            let endsWithHyphen = previous.name.hasSuffix("-")
            guard current.resolution == .pending, previous.resolution == .pending,
                  endsWithHyphen || current.isContinuation else { k += 1; continue }
            let startsLower = current.name.unicodeScalars.first?.properties.isLowercase ?? false
            let joined: String
            if endsWithHyphen {
                joined = (startsLower ? String(previous.name.dropLast()) : previous.name) + current.name
            } else {
                joined = previous.name + " " + current.name
            }
            area[k - 1].name = joined
            area[k - 1].raw = previous.raw + "\n" + current.raw
            area[k].resolution = .mergedIntoPrevious
            dataset.report(Issue(.info, .areaSplitNameJoined, field: "municipalities",
                                 raw: previous.raw + "\n" + current.raw, result: joined, at: previous.location,
                                 "A name split over lines \(previous.location.line) and \(current.location.line) was joined."),
                           region: index)
            k += 2
        }
        dataset.regions[index].area = area
    }
}
