/// Reports overlaps: a municipality that several regions of the same sector list (national regions
/// aside). The publication presents the regions of a sector as a division of the country, so a
/// municipality in two of them is a fault of the publication (or of one card) the steward should see.
///
/// One finding per municipality and sector, listing the regions in publication order with the line
/// each lists it on; `result_value` holds their ids (`|`-separated; the first `idsListed`: an
/// archive covers a municipality thousands of times, and `municipalities.csv` lists them all),
/// `field` is `coverage.<sector>`.
public struct CheckOverlaps: Step {
    /// Regions named in a finding's message; the rest are counted (all are in `result_value`).
    static let regionsNamed = 10
    /// Ids in `result_value`.
    static let idsListed = 50

    public init() {}

    public func apply(to dataset: inout Dataset, context: StepContext) {
        let sectors = Sector.allCases
        // Per municipality code and sector: (region index, line listed), one entry per distinct id.
        var listed: [String: [[(Int, SourceLocation)]]] = [:]
        var seenIDs: [String: [Set<String>]] = [:]
        for (index, region) in dataset.regions.enumerated() where region.scope != .national {
            for m in region.municipalities {
                let code = m.municipality.code
                for sector in region.sectors {
                    let slot = Coverage.slot(sector)
                    guard seenIDs[code, default: Array(repeating: [], count: sectors.count)][slot].insert(region.id).inserted
                    else { continue }
                    listed[code, default: Array(repeating: [], count: sectors.count)][slot].append((index, m.source))
                }
            }
        }
        for m in context.reference.municipalities {
            guard let perSector = listed[m.code] else { continue }
            for sector in sectors {
                let entries = perSector[Coverage.slot(sector)]
                guard entries.count > 1 else { continue }
                let ids = entries.prefix(Self.idsListed).map { dataset.regions[$0.0].id }
                var named = entries.prefix(Self.regionsNamed).map { "\(dataset.regions[$0.0].id) (line \($0.1.line))" }
                if entries.count > Self.regionsNamed { named.append("\(entries.count - Self.regionsNamed) more (all in municipalities.csv)") }
                dataset.report(Issue(.warning, .coverageOverlap, field: "coverage.\(sector.rawValue)",
                                     raw: "\(m.name) (\(m.code))", result: ids.joined(separator: "|"),
                                     at: entries[1].1,
                                     "\(m.name) (\(m.provinceName)) is covered for \(sector.rawValue) by \(entries.count) regions: \(named.joined(separator: ", "))."))
            }
        }
    }
}
