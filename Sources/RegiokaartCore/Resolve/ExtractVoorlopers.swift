/// Reads the voorlopers article into `Dataset.mentions` and checks the article's own count.
///
/// `article` is nil when the default article is absent: reported as `voorloper.article_missing`
/// (a warning), and the build goes on without voorlopers. An article given on the command line but
/// absent is an `InputError` before this step runs.
public struct ExtractVoorlopers: Step {
    public let name = "extract-voorlopers"
    public let article: SourceDocument?
    /// The path reported when the article is absent.
    public let missingPath: String

    public init(article: SourceDocument?, missingPath: String = "") {
        self.article = article
        self.missingPath = missingPath
    }

    public func apply(to dataset: inout Dataset, context: StepContext) {
        guard let article else {
            dataset.report(Issue(.warning, .voorloperArticleMissing, field: "voorlopers",
                                 at: SourceLocation(file: missingPath, line: 0),
                                 "The voorlopers article \(missingPath) is absent: no voorlopers were read, and no region is marked as one."))
            return
        }
        let read = VoorloperExtractor().extract(article)
        dataset.mentions.article = read.source
        dataset.mentions.voorlopers = read.voorlopers
        dataset.mentions.voorloperCountClaims = read.countClaims
        dataset.log.append(contentsOf: read.issues)
        let count = read.voorlopers.count
        guard !read.countClaims.isEmpty else {
            dataset.report(Issue(.warning, .voorloperNoCountClaim, field: "voorlopers", result: "\(count)",
                                 at: SourceLocation(file: read.source, line: 0),
                                 "The article states no number of voorlopers; \(count) were read and not checked against a claim."))
            return
        }
        // Every stated number that differs from what was read is an error, reported once with all its lines.
        var reported = Set<Int>()
        for claim in read.countClaims where claim.value != count && reported.insert(claim.value).inserted {
            let lines = read.countClaims.filter { $0.value == claim.value }.map { String($0.location.line) }.joined(separator: ", ")
            dataset.report(Issue(.error, .voorloperCountMismatch, field: "voorlopers", raw: "\(claim.value)", result: "\(count)",
                                 at: claim.location,
                                 "The article states \(claim.value) voorlopers (line \(lines)), but \(count) were listed and read."))
        }
    }
}
