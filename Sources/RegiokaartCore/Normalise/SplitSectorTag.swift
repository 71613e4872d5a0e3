/// Splits the sector tag off the name ("Rotterdam (vo/mbo)" → "Rotterdam", tag vo/mbo) and reports
/// tags that name unknown sectors ("(po/go)").
struct SplitSectorTag: RegionStep {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var memo = SectorTagMemo()
        for index in dataset.regions.indices { split(regionAt: index, of: &dataset, memo: &memo) }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var memo = SectorTagMemo()
        split(regionAt: index, of: &dataset, memo: &memo)
    }

    /// The tags of a run, each parenthetical read once (`SectorTag.parse(inner:)`): names differ
    /// from card to card, their tags ("(po)", "(vo/mbo)") hardly, and parsing one cost twenty lookups.
    struct SectorTagMemo {
        /// The inside of a parenthetical → its tag, nil when it is none.
        var tags: [String: SectorTag?] = [:]

        mutating func tag(inner: String) -> SectorTag? {
            if let known = tags[inner] { return known }
            let tag = SectorTag.parse(inner: inner)
            tags[inner] = tag
            return tag
        }
    }

    func split(regionAt index: Int, of dataset: inout Dataset, memo: inout SectorTagMemo) {
        let printed = dataset.regions[index].name
        // A tag is a parenthetical: a name without one is passed over before it is parsed.
        guard printed.utf8.contains(UInt8(ascii: "(")) else { return }
        let (name, tag) = SectorTag.split(printed, parse: { memo.tag(inner: $0) })
        guard let tag else { return }
        let source = dataset.regions[index].source
        dataset.regions[index].name = name
        dataset.regions[index].sectorTag = tag.text
        dataset.regions[index].taggedSectors = tag.sectors
        dataset.report(Issue(.info, .nameSectorTag, field: "name", raw: printed, result: name, at: source,
                             "The sector tag \(tag.text) was split off the name."), region: index)
        if !tag.unknownTokens.isEmpty {
            dataset.report(Issue(.warning, .nameUnknownSectorTag, field: "sector_tag", raw: tag.text,
                                 result: tag.sectors.map(\.rawValue).joined(separator: "/"), at: source,
                                 "The tag \(tag.text) names \(tag.unknownTokens.map { "\"\($0)\"" }.joined(separator: ", ")), which is no sector (po, vo, mbo); ignored."),
                           region: index)
        }
    }
}
