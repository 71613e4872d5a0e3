/// Joins a name printed over several lines: "Onderwijsregio LOA" + "(Lingewaard, Overbetuwe en Arnhem)".
public struct JoinNameLines: RegionStep {
    public let name = "join-name-lines"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let region = dataset.regions[index]
        dataset.regions[index].name = region.nameAsPublished
        guard region.nameLines.count > 1 else { return }
        dataset.report(Issue(.info, .nameJoinedLines, field: "name",
                             raw: region.nameLines.map(\.value).joined(separator: "\n"),
                             result: region.nameAsPublished, at: region.source,
                             "The name is printed over \(region.nameLines.count) lines; joined."), region: index)
    }
}

/// Collapses runs of spaces, tabs and no-break spaces in a region name.
public struct CollapseNameWhitespace: RegionStep {
    public let name = "collapse-name-whitespace"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let raw = dataset.regions[index].name
        let collapsed = NameFolding.collapseWhitespace(raw)
        dataset.regions[index].nameAsPublished = NameFolding.collapseWhitespace(dataset.regions[index].nameAsPublished)
        guard collapsed != raw else { return }
        dataset.regions[index].name = collapsed
        dataset.report(Issue(.info, .nameWhitespace, field: "name", raw: raw, result: collapsed,
                             at: dataset.regions[index].source, "Extra whitespace in the name was collapsed."), region: index)
    }
}

/// Splits the sector tag off the name ("Rotterdam (vo/mbo)" → "Rotterdam", tag vo/mbo) and reports
/// tags that name unknown sectors ("(po/go)").
public struct SplitSectorTag: RegionStep {
    public let name = "split-sector-tag"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let region = dataset.regions[index]
        let (name, tag) = SectorTag.split(region.name)
        guard let tag else { return }
        dataset.regions[index].name = name
        dataset.regions[index].sectorTag = tag.text
        dataset.regions[index].taggedSectors = tag.sectors
        dataset.report(Issue(.info, .nameSectorTag, field: "name", raw: region.name, result: name, at: region.source,
                             "The sector tag \(tag.text) was split off the name."), region: index)
        if !tag.unknownTokens.isEmpty {
            dataset.report(Issue(.warning, .nameUnknownSectorTag, field: "sector_tag", raw: tag.text,
                                 result: tag.sectors.map(\.rawValue).joined(separator: "/"), at: region.source,
                                 "The tag \(tag.text) names \(tag.unknownTokens.map { "\"\($0)\"" }.joined(separator: ", ")), which is no sector (po, vo, mbo); ignored."),
                           region: index)
        }
    }
}

/// Derives the sectors from the figures and reports where the name's tag says otherwise.
public struct DeriveSectors: RegionStep {
    public let name = "derive-sectors"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let region = dataset.regions[index]
        let sectors = region.figures.sectors
        dataset.regions[index].sectors = sectors
        let shown = sectors.map(\.rawValue).joined(separator: "/")
        if sectors.isEmpty {
            dataset.report(Issue(.warning, .sectorNone, field: "sectors", at: region.source,
                                 "The figures show no po or vo school boards and no mbo institutions."), region: index)
        }
        if let tag = region.sectorTag, !region.taggedSectors.isEmpty, region.taggedSectors != sectors {
            let f = region.figures
            dataset.report(Issue(.warning, .sectorTagMismatch, field: "sectors", raw: tag, result: shown, at: region.source,
                                 "The name says \(tag) but the figures show \(shown.isEmpty ? "no sector" : shown) (\(f.schoolBoardsPO) po boards, \(f.schoolBoardsVO) vo boards, \(f.mboInstitutions) mbo institutions); the figures count."),
                           region: index)
        }
    }
}

/// Gives every region a stable slug id; regions that share a name are told apart by their sectors,
/// then by a number in publication order.
public struct AssignIDs: Step {
    public let name = "assign-ids"
    public init() {}

    public func apply(to dataset: inout Dataset, context: StepContext) {
        let slugs = dataset.regions.map { Slug.make($0.name) }
        var groups: [String: [Int]] = [:]
        for (index, slug) in slugs.enumerated() { groups[slug, default: []].append(index) }
        var ids = slugs
        for (index, slug) in slugs.enumerated() where groups[slug]!.count > 1 {
            let sectors = dataset.regions[index].sectors.map(\.rawValue).joined(separator: "-")
            ids[index] = sectors.isEmpty ? slug : "\(slug)-\(sectors)"
        }
        var seen: [String: Int] = [:]
        for index in ids.indices {
            let count = seen[ids[index], default: 0] + 1
            seen[ids[index]] = count
            if count > 1 { ids[index] += "-\(count)" }
        }
        for (index, id) in ids.enumerated() {
            dataset.regions[index].id = id
            if id != slugs[index] {
                dataset.report(Issue(.info, .regionIDDisambiguated, field: "id", raw: slugs[index], result: id,
                                     at: dataset.regions[index].source,
                                     "\(groups[slugs[index]]!.count) regions are named \"\(dataset.regions[index].name)\"; this one is \(id)."),
                               region: index)
            }
        }
    }
}
