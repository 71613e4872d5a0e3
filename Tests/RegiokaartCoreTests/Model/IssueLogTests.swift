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
