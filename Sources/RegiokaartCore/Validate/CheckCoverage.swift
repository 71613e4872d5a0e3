/// Checks the publication's claim that the regions are "landelijk dekkend": reports, per municipality,
/// the sectors for which no region covers it. National regions do not count as coverage.
///
/// Stores the coverage it computes on the dataset (`Dataset.coverage`), for the checks after it and
/// for the outputs.
struct CheckCoverage: Check {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        let coverage = Coverage(regions: dataset.regions, municipalities: context.reference.municipalities)
        dataset.coverage = coverage
        for m in coverage.municipalities {
            let missing = Sector.allCases.filter { coverage.regions(covering: m.code, $0).isEmpty }
            guard !missing.isEmpty else { continue }
            let list = missing.map(\.rawValue).joined(separator: "/")
            dataset.report(Issue(.warning, .coverageGap, field: "coverage", raw: "\(m.name) (\(m.code))", result: list,
                                 at: SourceLocation(file: dataset.source, line: 0),
                                 "No region covers \(m.name) (\(m.provinceName)) for \(list)."))
        }
    }
}
