import Testing
@testable import RegiokaartCore

/// The fast paths of the report: issue order without a sort, Markdown escapes decided on bytes.
@Suite struct ReportOrderAndEscapeTests {
    @Test func reportOrderIsTheStableSortBySeverity() {
        var issues = RealInput.dataset.issues
        #expect(Set(issues.map(\.severity)).count >= 2)
        // Interleave severities to make order matter.
        for (n, i) in issues.indices.enumerated() { issues[i].severity = Severity.allCases[(n * 7) % 3] }
        let sorted = issues.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset
        }.map(\.element)
        #expect(DatasetRenderer.reportOrder(issues) == sorted)
        #expect(DatasetRenderer.reportOrder([]) == [])
    }

    /// The escape decided character by character, as before the byte fast path.
    static func reference(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "*_`<>|[]\\".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    @Test func escapeMatchesTheCharacterRule() {
        let writer = ReportWriter(dataset: RealInput.dataset, issues: FindingsInReportOrder(IssueLog(), regionIDs: []), published: true)
        let texts = ["", "plain text", "a*b_c`d<e>f|g[h]i\\j", "é*", "*é", "x*\u{301}y", "\u{600}*", "<\u{338}", "é_é", "*",
                     "Súdwest-Fryslân | Noord_Oost", "🇳🇱*🇳🇱", "a\r\n*", "\u{200D}*", "*\u{200D}", "[\u{FE0F}]", "ß <x> ß"]
            + RealInput.dataset.issues.map(\.message)
        for text in texts {
            let escaped = writer.escape(text)
            #expect(Array(escaped.utf8) == Array(Self.reference(text).utf8), "\(text)")
        }
        #expect(ReportWriter.specials(in: "x*\u{301}") == .other)
        #expect(ReportWriter.specials(in: "no specials é") == .none)
        #expect(ReportWriter.specials(in: "a*b é") == .standalone)
    }
}
