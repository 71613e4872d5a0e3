/// The dataset as it moves through the pipeline: the regions read from the cards, refined step by step,
/// and the report of everything each step changed or doubted.
public struct Dataset: Sendable {
    /// The publication the regions came from.
    var source: String
    /// The regions, in publication order.
    public var regions: [Region]
    /// The publication's own statements of how many regions there are.
    var countClaims: [Located<Int>]
    /// The data-quality report so far.
    public var log: IssueLog
    /// Voorlopers, themes, case stories and their region links (read by Extract, resolved by `Pipeline.mentions`).
    var mentions = RegionMentions()
    /// Which regions cover each municipality per sector (filled by `CheckCoverage`; nil before).
    var coverage: Coverage?

    /// A dataset of `regions` read from `source`, with the findings made so far.
    init(source: String, regions: [Region], countClaims: [Located<Int>], log: IssueLog,
         mentions: RegionMentions = RegionMentions()) {
        self.source = source
        self.regions = regions
        self.countClaims = countClaims
        self.log = log
        self.mentions = mentions
    }

    /// Records a finding about the region at `index`.
    mutating func report(_ issue: Issue, region index: Int? = nil) {
        log.record(issue, region: index)
    }

    /// The number of region–municipality pairs: every region's municipalities, counted once here.
    public var pairCount: Int { regions.reduce(0) { $0 + $1.municipalities.count } }

    /// The findings with region ids filled in.
    public var issues: [Issue] { log.issues(regionIDs: regions.map(\.id)) }
}
