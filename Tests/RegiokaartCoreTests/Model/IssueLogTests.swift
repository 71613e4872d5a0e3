import Testing
@testable import RegiokaartCore

/// The chunked issue log keeps every finding, in order, as the single array it replaced.
@Suite struct IssueLogTests {
    @Test func manyFindingsKeepTheirOrderAndRegions() {
        var log = IssueLog()
        var other = IssueLog()
        for n in 0..<10_000 {
            log.record(Issue(n % 3 == 0 ? .error : .info, .cardSkippedLine, raw: "\(n)", "m"), region: n % 5 == 0 ? nil : n % 7)
        }
        for n in 0..<5_000 { other.record(Issue(.warning, .areaRepeated, raw: "o\(n)", "m"), region: 1) }
        log.append(contentsOf: other)
        let ids = (0..<7).map { "r\($0)" }
        let issues = log.issues(regionIDs: ids)
        #expect(issues.count == 15_000)
        #expect(issues.prefix(10_000).map(\.rawValue) == (0..<10_000).map { "\($0)" })
        #expect(issues.suffix(5_000).allSatisfy { $0.regionID == "r1" && $0.rawValue?.hasPrefix("o") == true })
        #expect(issues[5].regionID == nil && issues[6].regionID == "r6")
        #expect(log.count(.error) == 3_334 && log.count(.warning) == 5_000 && log.count(.info) == 6_666)
        #expect(IssueLog().issues().isEmpty)
    }
}

/// `FindingsInReportOrder` (positions into the log) gives exactly what copying the log and then
/// putting it in report order gives (`DatasetRenderer.reportOrder`), which the writers read.
@Suite struct IssueLogReportOrderTests {
    /// A log of `count` findings of random severities, regions (none, in range, past the ids) and
    /// findings that name their region themselves.
    static func hostileLog(_ count: Int, seed: UInt64) -> IssueLog {
        var random = SeededGenerator(seed: seed)
        var log = IssueLog()
        for n in 0..<count {
            let severity = Severity.allCases.randomElement(using: &random)!
            var issue = Issue(severity, .areaRepeated, raw: "\(n)", "m\(n)")
            if Int.random(in: 0..<10, using: &random) == 0 { issue.regionID = "own\(n)" }
            let region: Int? = Bool.random(using: &random) ? nil : Int.random(in: 0..<12, using: &random)
            log.record(issue, region: region)
        }
        return log
    }

    @Test func reportOrderFromTheLogIsTheCopyInReportOrder() {
        let ids = (0..<10).map { "r\($0)" }
        for (count, seed) in [(0, 1), (1, 2), (4095, 3), (4097, 4), (20_000, 5)] as [(Int, UInt64)] {
            let log = Self.hostileLog(count, seed: seed)
            let ordered = FindingsInReportOrder(log, regionIDs: ids)
            #expect(Array(ordered) == DatasetRenderer.reportOrder(log.issues(regionIDs: ids)), "\(count) findings")
            #expect(ordered.count == count && ordered.indices == 0..<count)
            // Read in place: what the copies say, region id aside.
            #expect(ordered.indices.map { ordered.recorded($0, \.severity) } == ordered.map(\.severity))
            #expect(ordered.indices.map { ordered.recorded($0, \.code) } == ordered.map(\.code))
            #expect(ordered.indices.map { ordered.recorded($0, \.isAcknowledged) } == ordered.map(\.isAcknowledged))
            // Read backwards and at random: each finding is the same wherever it is asked for.
            #expect(Array(ordered.reversed()) == DatasetRenderer.reportOrder(log.issues(regionIDs: ids)).reversed())
            #expect(Array(FindingsInReportOrder(log, regionIDs: [])) == DatasetRenderer.reportOrder(log.issues()),
                    "\(count) findings, no ids")
            // Any order of any severities: the findings of each, in that order.
            let some: [Severity] = [.info, .error]
            #expect(log.positions(by: some).map { log.finding(at: Int($0), regionIDs: ids) }
                    == some.flatMap { s in log.issues(regionIDs: ids).filter { $0.severity == s } }, "\(count) findings")
        }
    }

    @Test func theRealDatasetsFindingsInReportOrder() {
        let dataset = RealInput.dataset
        #expect(!dataset.issues.isEmpty)
        #expect(Array(DatasetRenderer.reportOrder(dataset)) == DatasetRenderer.reportOrder(dataset.issues))
        let unordered = dataset.issues
        #expect(unordered != Array(DatasetRenderer.reportOrder(dataset)), "the real findings are not in report order by themselves")
    }
}
