/// Checks the number of regions against the publication's own claim ("49 Onderwijsregio's").
/// The claim is read from the text, never hard-coded.
struct CheckRegionCount: Check {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        let claims = dataset.countClaims
        guard let first = claims.first else {
            dataset.report(Issue(.warning, .publicationNoCountClaim, field: "regions",
                                 at: SourceLocation(file: dataset.source, line: 0),
                                 "The publication states no number of onderwijsregio's; \(dataset.regions.count) cards were read and not checked against a claim."))
            return
        }
        // The most frequent claim counts; ties go to the first stated.
        var counts: [Int: Int] = [:]
        for claim in claims { counts[claim.value, default: 0] += 1 }
        let claimed = claims.map(\.value).max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 != first.value && $1 == first.value) }!
        let claimAt = claims.first { $0.value == claimed }!.location
        if counts.count > 1 {
            let listed = claims.map { "\($0.value) (line \($0.location.line))" }.joined(separator: ", ")
            dataset.report(Issue(.warning, .publicationConflictingClaims, field: "regions", raw: listed, result: "\(claimed)",
                                 at: claimAt, "The publication states different numbers of regions: \(listed); \(claimed) is checked."))
        }
        if dataset.regions.count != claimed {
            dataset.report(Issue(.error, .regionCountMismatch, field: "regions", raw: "\(claimed)", result: "\(dataset.regions.count)",
                                 at: claimAt,
                                 "The publication claims \(claimed) onderwijsregio's, but \(dataset.regions.count) region cards were read."))
        }
    }
}
