/// Checks the voorlopers the article lists (read by `VoorloperExtractor` into `Dataset.mentions`)
/// against the article's own count.
///
/// When no article was read (`mentions.article` is nil, the default article being absent) it is
/// reported as `voorloper.article_missing` (a warning), and the build goes on without voorlopers. An
/// article given on the command line but absent is an `InputError` before any step runs.
struct CheckVoorloperCount: Step {
    /// The path reported when the article is absent.
    let missingPath: String

    init(missingPath: String = "") {
        self.missingPath = missingPath
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        guard let source = dataset.mentions.article else {
            dataset.report(Issue(.warning, .voorloperArticleMissing, field: "voorlopers",
                                 at: SourceLocation(file: missingPath, line: 0),
                                 "The voorlopers article \(missingPath) is absent: no voorlopers were read, and no region is marked as one."))
            return
        }
        let claims = dataset.mentions.voorloperCountClaims
        let count = dataset.mentions.voorlopers.count
        guard !claims.isEmpty else {
            dataset.report(Issue(.warning, .voorloperNoCountClaim, field: "voorlopers", result: "\(count)",
                                 at: SourceLocation(file: source, line: 0),
                                 "The article states no number of voorlopers; \(count) were read and not checked against a claim."))
            return
        }
        // Every stated number that differs from what was read is an error, reported once with all its lines.
        var reported = Set<Int>()
        for claim in claims where claim.value != count && reported.insert(claim.value).inserted {
            let lines = claims.filter { $0.value == claim.value }.map { String($0.location.line) }.joined(separator: ", ")
            dataset.report(Issue(.error, .voorloperCountMismatch, field: "voorlopers", raw: "\(claim.value)", result: "\(count)",
                                 at: claim.location,
                                 "The article states \(claim.value) voorlopers (line \(lines)), but \(count) were listed and read."))
        }
    }
}
