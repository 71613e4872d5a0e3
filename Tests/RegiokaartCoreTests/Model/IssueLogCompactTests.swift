import Testing
@testable import RegiokaartCore

fileprivate typealias Finding = RegiokaartCore.Issue

/// The log keeps most findings in a compact entry and the rest whole: whatever form a finding is
/// kept in, it comes back exactly as it was recorded, and moves with its region when appended.
@Suite struct IssueLogCompactTests {
    /// Findings at every edge of the compact form, each with the region index it is recorded at.
    fileprivate static let findings: [(Finding, Int?)] = {
        var own = Finding(.warning, .coverageOverlap, field: "municipalities", "names its region")
        own.regionID = "own"
        var acknowledged = Finding(.error, .cardTruncated, raw: "r", at: SourceLocation(file: "a.txt", line: 3), "acknowledged")
        acknowledged.acknowledgement = ""
        var unknownCode = Finding(.info, .areaRepeated, "a code that is no IssueCode")
        unknownCode.code = "made.up"
        let a = SourceLocation(file: "a.txt", line: 12), b = SourceLocation(file: "b.csv", line: 0)
        var findings: [(Finding, Int?)] = []
        findings.append((Finding(.info, .nameSectorTag, field: "name", raw: "A (vo)", result: "A", at: a, "plain"), 0))
        findings.append((Finding(.warning, .municipalityFolded, at: b, "whole file, second file"), nil))
        let last = SourceLocation(file: "a.txt", line: Int(Int32.max)), past = SourceLocation(file: "a.txt", line: Int(Int32.max) + 1)
        findings.append((Finding(.error, .regionCountMismatch, raw: "", at: last, "last line that fits"), 5))
        findings.append((Finding(.error, .regionCountMismatch, at: past, "line past 32 bits"), 1))
        findings.append((Finding(.info, .areaWhitespace, at: SourceLocation(file: "c.txt", line: -1), "negative line"), 2))
        findings.append((Finding(.info, .areaWhitespace, "region past 32 bits"), Int(Int32.max) + 1))
        findings += [(own, 3), (own, nil), (acknowledged, 4), (unknownCode, nil)]
        let after = SourceLocation(file: "b.csv", line: 7)
        findings.append((Finding(.warning, .mentionProbable, field: "mention", raw: "x", at: after, "after the spilled ones"), 6))
        return findings
    }()

    /// The findings as `issues(regionIDs:)` must give them: region ids filled in where they fit.
    fileprivate static func expected(_ findings: [(Finding, Int?)], offset: Int = 0, ids: [String]) -> [Finding] {
        findings.map { issue, region in
            var issue = issue
            if let index = region.map({ $0 + offset }), index < ids.count, issue.regionID == nil { issue.regionID = ids[index] }
            return issue
        }
    }

    @Test func everyFindingComesBackAsRecorded() {
        var log = IssueLog()
        for (issue, region) in Self.findings { log.record(issue, region: region) }
        let ids = (0..<10).map { "r\($0)" }
        #expect(log.issues(regionIDs: ids) == Self.expected(Self.findings, ids: ids))
        #expect(log.issues() == Self.findings.map(\.0))
        let order: [Severity] = [.warning, .info, .error]
        let positions = log.positions(by: order)
        let filled = Self.expected(Self.findings, ids: ids)
        let wanted = order.flatMap { s in filled.filter { $0.severity == s } }
        #expect(positions.map { log.finding(at: Int($0), regionIDs: ids) } == wanted)
        for position in positions.map({ Int($0) }) {
            let finding = log.finding(at: position, regionIDs: [])
            #expect(log.recorded(at: position, \.severity) == finding.severity)
            #expect(log.recorded(at: position, \.code) == finding.code)
            #expect(log.recorded(at: position, \.isAcknowledged) == finding.isAcknowledged)
        }
    }

    @Test func appendedLogsKeepTheirFilesAndMoveTheirRegions() {
        var log = IssueLog()
        // This log names its files in another order than the appended one.
        log.record(Finding(.info, .areaRepeated, at: SourceLocation(file: "b.csv", line: 1), "first"), region: 0)
        var part = IssueLog()
        for (issue, region) in Self.findings where region.map({ $0 < 100 }) ?? true { part.record(issue, region: region) }
        let kept = part.issues()
        log.append(contentsOf: part, regionOffset: 3)
        let ids = (0..<20).map { "r\($0)" }
        let partFindings = Self.findings.filter { $0.1.map { $0 < 100 } ?? true }
        #expect(log.issues(regionIDs: ids).dropFirst() == Self.expected(partFindings, offset: 3, ids: ids)[...])
        #expect(log.issues(regionIDs: ids).first?.location == SourceLocation(file: "b.csv", line: 1))
        #expect(part.issues() == kept)
    }

    @Test func moreFieldsThanAnEntryNumbersAndFieldsInAnotherOrder() {
        // Past 255 distinct fields the findings are kept whole; appended, each keeps its own field.
        let findings = (0..<300).map { Finding(.info, .areaRepeated, field: "field \($0 % 290)", raw: "\($0)", "m") }
        var part = IssueLog()
        for finding in findings { part.record(finding) }
        #expect(part.issues() == findings)
        var log = IssueLog()
        log.record(Finding(.info, .areaRepeated, field: "field 7", "first"))
        log.record(Finding(.info, .areaRepeated, field: "other", "second"))
        log.append(contentsOf: part)
        #expect(log.issues().map(\.field) == ["field 7", "other"] + findings.map(\.field))
    }

    @Test func acknowledgingKeepsTheRestOfTheFinding() {
        var log = IssueLog()
        for (issue, region) in Self.findings { log.record(issue, region: region) }
        let ids = (0..<10).map { "r\($0)" }
        log.acknowledge(regionIDs: ids) { $0.severity == .info ? "seen" : nil }
        let expected = Self.expected(Self.findings, ids: ids).map { issue in
            var issue = issue
            if issue.severity == .info { issue.acknowledgement = "seen" }
            return issue
        }
        #expect(log.issues(regionIDs: ids) == expected)
        let info: [Severity] = [.info]
        #expect(log.positions(by: info).allSatisfy { log.recorded(at: Int($0), \RecordedFinding.isAcknowledged) })
    }
}
