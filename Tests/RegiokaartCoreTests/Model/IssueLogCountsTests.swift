import Testing
@testable import RegiokaartCore

/// The counts an `IssueLog` keeps as it records, appends and acknowledges are the counts of its
/// findings, and logs appended at region offsets fill in the same region ids as findings recorded
/// one by one with the offset added.
@Suite struct IssueLogCountsTests {
    /// The counts walked from the findings themselves: the oracle.
    static func walked(_ log: IssueLog, _ severity: Severity, acknowledged: Bool? = nil) -> Int {
        log.issues().filter { $0.severity == severity && (acknowledged == nil || $0.isAcknowledged == acknowledged) }.count
    }

    static func expectCounts(_ log: IssueLog, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for severity in Severity.allCases {
            #expect(log.count(severity) == walked(log, severity), "\(severity)", sourceLocation: sourceLocation)
            for acknowledged in [true, false] {
                #expect(log.count(severity, acknowledged: acknowledged) == walked(log, severity, acknowledged: acknowledged),
                        "\(severity) acknowledged \(acknowledged)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func appendedAtOffsetsAndAcknowledgedAsOneLog() {
        var random = SeededGenerator(seed: 14)
        var log = IssueLog()
        var oracle = IssueLog()  // every finding recorded one by one, its region offset added by hand
        for round in 0..<40 {
            var part = IssueLog()
            let offset = Int.random(in: 0..<3, using: &random) == 0 ? 0 : Int.random(in: 1..<50, using: &random)
            // Empty parts, small parts and parts past a chunk's size.
            let count = [0, 1, 7, 300, 4097][Int.random(in: 0..<5, using: &random)]
            for n in 0..<count {
                var issue = Issue(Severity.allCases.randomElement(using: &random)!, .areaRepeated, raw: "\(round).\(n)", "m")
                if Int.random(in: 0..<20, using: &random) == 0 { issue.acknowledgement = "before" }
                let region: Int? = Bool.random(using: &random) ? nil : Int.random(in: 0..<40, using: &random)
                part.record(issue, region: region)
                oracle.record(issue, region: region.map { $0 + offset })
            }
            if Bool.random(using: &random) {
                log.append(contentsOf: part, regionOffset: offset)
            } else {
                // A log the caller keeps: appending it leaves it as it was.
                let kept = part
                log.append(contentsOf: part, regionOffset: offset)
                #expect(kept.issues() == part.issues())
            }
            if round % 7 == 0 {
                let issue = Issue(.warning, .areaRepeated, raw: "own \(round)", "m")
                log.record(issue, region: round)
                oracle.record(issue, region: round)
            }
        }
        let ids = (0..<95).map { "r\($0)" }
        #expect(log.issues(regionIDs: ids) == oracle.issues(regionIDs: ids))
        #expect(Array(FindingsInReportOrder(log, regionIDs: ids)) == Array(FindingsInReportOrder(oracle, regionIDs: ids)))
        Self.expectCounts(log)
        // Acknowledged by region id and raw value, some of them twice: each counts once.
        for pass in 0..<2 {
            log.acknowledge(regionIDs: ids) { issue in
                issue.regionID?.hasSuffix("3") == true || issue.rawValue?.hasSuffix(pass == 0 ? "1" : "11") == true ? "note" : nil
            }
            oracle.acknowledge(regionIDs: ids) { issue in
                issue.regionID?.hasSuffix("3") == true || issue.rawValue?.hasSuffix(pass == 0 ? "1" : "11") == true ? "note" : nil
            }
            Self.expectCounts(log)
            #expect(log.issues(regionIDs: ids) == oracle.issues(regionIDs: ids))
        }
        #expect(log.count(.info, acknowledged: true) > 0 && log.count(.error, acknowledged: false) > 0)
    }

    @Test func theRealDatasetsCounts() {
        Self.expectCounts(RealInput.dataset.log)
        #expect(RealInput.dataset.log.count(.warning) > 0)
    }
}
