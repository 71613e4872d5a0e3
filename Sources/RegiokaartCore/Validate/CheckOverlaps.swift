/// Reports overlaps: a municipality that several regions of the same sector list (national regions
/// aside). The publication presents the regions of a sector as a division of the country, so a
/// municipality in two of them is a fault of the publication (or of one card) the steward should see.
///
/// One finding per municipality and sector, listing the regions in publication order with the line
/// each lists it on; `result_value` holds their ids (`|`-separated; the first `idsListed`: an
/// archive covers a municipality thousands of times, and `municipalities.csv` lists them all),
/// `field` is `coverage.<sector>`.
struct CheckOverlaps: TwoCoreStep {
    /// Regions named in a finding's message; the rest are counted (all are in `result_value`).
    static let regionsNamed = 10
    /// Ids in `result_value`.
    static let idsListed = 50
    /// From this many regions on, each half of the municipalities is checked on a core of its own.
    let splitFrom: Int

    init(splitFrom: Int = Pipeline.twoCoreThreshold) {
        self.splitFrom = splitFrom
    }

    func splitting(from count: Int) -> CheckOverlaps {
        CheckOverlaps(splitFrom: count)
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        let coverage = dataset.coverage ?? Coverage(regions: dataset.regions, municipalities: context.reference.municipalities)
        assert(coverage.fits(dataset.regions), "Dataset.coverage is stale: the regions changed after CheckCoverage")
        let municipalities = context.reference.municipalities
        let regions = dataset.regions
        // The findings come in municipality order: the halves' findings, one after the other.
        let found = regions.count >= max(splitFrom, 2)
            ? TwoCores.map(2) { half in
                Self.overlaps(of: half == 0 ? municipalities.prefix(municipalities.count / 2)
                                            : municipalities.dropFirst(municipalities.count / 2),
                              in: regions, coverage: coverage)
            }
            : [Self.overlaps(of: municipalities[...], in: regions, coverage: coverage)]
        for issues in found {
            for issue in issues { dataset.report(issue) }
        }
    }

    /// The findings about `municipalities`, in their order.
    static func overlaps(of municipalities: ArraySlice<Municipality>, in regions: [Region], coverage: Coverage) -> [Issue] {
        var issues: [Issue] = []
        // `Coverage.distinct` with one table for every probe instead of a set each: per first region
        // of an id, the last probe that counted it.
        var countedIn = Array(repeating: -1, count: regions.count)
        var probe = 0
        let firstWithSameID = coverage.firstWithSameID
        var entries: [Int] = []
        let fields = Sector.allCases.map { "coverage.\($0.rawValue)" }  // made once, not per finding
        for m in municipalities {
            for (s, sector) in Sector.allCases.enumerated() {
                let covering = coverage.regions(covering: m.code, sector)
                guard covering.count > 1 else { continue }
                // The first region of each id listing the municipality, in publication order. A plain
                // loop into one reused list: a filter closure retained the tables once per region.
                probe += 1
                entries.removeAll(keepingCapacity: true)
                for index in covering where countedIn[firstWithSameID[index]] != probe {
                    countedIn[firstWithSameID[index]] = probe
                    entries.append(index)
                }
                guard entries.count > 1 else { continue }
                func listed(_ index: Int) -> SourceLocation {
                    regions[index].municipalities.first { $0.municipality.code == m.code }!.source(in: regions[index])
                }
                var ids = ByteText()
                for (n, index) in entries.prefix(Self.idsListed).enumerated() {
                    if n > 0 { ids.append("|") }
                    ids.append(regions[index].id)
                }
                // "name (province) is covered for po by n regions: id (line n), id (line n), … , k more
                // (all in municipalities.csv)." in one buffer: interpolating the pieces into a
                // `String` appended each one apart, most of the check's cost on the real publication.
                var message = ByteText()
                message.append(m.name)
                message.append(" (")
                message.append(m.provinceName)
                message.append(") is covered for ")
                message.append(sector.rawValue)
                message.append(" by ")
                message.append(String(entries.count))
                message.append(" regions: ")
                for (n, index) in entries.prefix(Self.regionsNamed).enumerated() {
                    if n > 0 { message.append(", ") }
                    message.append(regions[index].id)
                    message.append(" (line ")
                    message.append(String(listed(index).line))
                    message.append(")")
                }
                if entries.count > Self.regionsNamed {
                    message.append(", ")
                    message.append(String(entries.count - Self.regionsNamed))
                    message.append(" more (all in municipalities.csv)")
                }
                message.append(".")
                issues.append(Issue(.warning, .coverageOverlap, field: fields[s],
                                    raw: "\(m.name) (\(m.code))", result: ids.string,
                                    at: listed(entries[1]), message.string))
            }
        }
        return issues
    }
}
