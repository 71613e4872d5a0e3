import Foundation
import Testing
@testable import RegiokaartCore

/// `IssuesJSONWriter` must write exactly what the generic encoders write for an `IssuesDocument`.
@Suite struct IssuesJSONWriterTests {
    func expectSameBytes(_ issues: [RegiokaartCore.Issue], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let sink = ByteSink()
        IssuesJSONWriter(sink: sink).writeDocument(issues)
        let document = IssuesDocument(issues)
        let foundation = Array(try JSONEncoder.output().encode(document))
        #expect(String(decoding: sink.bytes, as: UTF8.self) == String(decoding: foundation, as: UTF8.self), sourceLocation: sourceLocation)
        #expect(sink.bytes == foundation, sourceLocation: sourceLocation)
    }

    @Test func realIssues() throws {
        let issues = DatasetRenderer.reportOrder(RealInput.dataset.issues)
        #expect(issues.count > 100)
        // Optional fields both present and absent (a missing location and line 0: the hostile test).
        #expect(issues.contains { $0.regionID == nil } && issues.contains { $0.regionID != nil })
        #expect(issues.contains { $0.rawValue == nil } && issues.contains { $0.rawValue != nil })
        try expectSameBytes(issues)
    }

    @Test func hostileValuesAndMissingFields() throws {
        var issues: [RegiokaartCore.Issue] = []
        for (n, text) in RegionsJSONWriterTests.hostile.enumerated() {
            let present = n.isMultiple(of: 2)
            var issue = RegiokaartCore.Issue(Severity.allCases[n % 3], .publicationNoCountClaim, regionID: present ? text : nil, field: present ? nil : text,
                              raw: present ? text : nil, result: present ? nil : text,
                              at: n.isMultiple(of: 3) ? nil : SourceLocation(file: text, line: n % 4 == 1 ? 0 : n), text)
            issue.code = text
            // Acknowledged with a hostile note, with an empty one, or not at all.
            issue.acknowledgement = n % 3 == 0 ? text : n % 3 == 1 ? "" : nil
            issues.append(issue)
        }
        try expectSameBytes(issues)
        try expectSameBytes([])
        try expectSameBytes(issues.filter { $0.severity == .warning })
    }

    /// A log's findings in report order (severities counted where the log keeps them) are written
    /// as the same findings copied out of it.
    @Test func logFindingsAsTheirCopies() {
        let ids = (0..<10).map { "r\($0)" }
        var logs = [IssueLogReportOrderTests.hostileLog(0, seed: 7), IssueLogReportOrderTests.hostileLog(5000, seed: 8)]
        logs[1].acknowledge(regionIDs: ids) { $0.rawValue?.hasSuffix("7") == true ? "seen" : nil }
        for log in logs + [RealInput.dataset.log] {
            let ordered = FindingsInReportOrder(log, regionIDs: ids)
            let fromLog = ByteSink(), fromCopies = ByteSink()
            IssuesJSONWriter(sink: fromLog).writeDocument(ordered)
            IssuesJSONWriter(sink: fromCopies).writeDocument(Array(ordered))
            #expect(fromLog.bytes == fromCopies.bytes)
        }
    }
}
