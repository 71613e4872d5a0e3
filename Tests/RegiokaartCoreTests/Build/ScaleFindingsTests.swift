import Testing
@testable import RegiokaartCore

/// Findings whose size must not grow with the square of the input: identical figures are one
/// finding per group; report.md lists at most `ReportContext.entriesPerCode` entries per code.
@Suite struct ScaleFindingsTests {
    @Test func realIdenticalFiguresAreOneFindingForThePair() throws {
        let dataset = RealInput.dataset
        let findings = dataset.issues.filter { $0.code == IssueCode.regionIdenticalFigures.rawValue }
        #expect(findings.count == 1)
        #expect(findings.first?.regionID == "rond-bommel-en-dommel")
        #expect(findings.first?.resultValue == "rond-bommel-en-dommel|onderwijsregio-rijk-van-nijmegen")
        #expect(findings.first?.rawValue == "32646/22/0/0/3")
        #expect(findings.first?.message.contains("rond-bommel-en-dommel (line 2441), onderwijsregio-rijk-van-nijmegen (line 2494)") == true)
    }

    @Test func aGroupOfThreeIsOneFindingListingAll() throws {
        var dataset = RealInput.dataset
        let copy = dataset.regions[0]
        for n in 1...2 {
            var region = copy
            region.id = "\(copy.id)-copy-\(n)"
            region.source = RegiokaartCore.SourceLocation(file: copy.source.file, line: 10_000 + n)
            dataset.regions.append(region)
        }
        dataset.log = IssueLog()
        CheckIdenticalFigures().apply(to: &dataset, context: StepContext(reference: RealInput.reference))
        let findings = dataset.issues.filter { $0.code == IssueCode.regionIdenticalFigures.rawValue }
        #expect(findings.count == 2)  // the real pair, and the new group of three
        let group = try #require(findings.first { $0.regionID == copy.id })
        #expect(group.resultValue == [copy.id, "\(copy.id)-copy-1", "\(copy.id)-copy-2"].joined(separator: "|"))
        #expect(group.message.hasPrefix("3 regions have all five figures equal"))
        #expect(group.message == "3 regions have all five figures equal: \(copy.id) (line \(copy.source.line)), \(copy.id)-copy-1 (line 10001), \(copy.id)-copy-2 (line 10002); all but one may be a copy.")
    }

    @Test func reportListsAtMostTwentyEntriesPerCode() throws {
        var dataset = RealInput.dataset
        let before = dataset.issues.filter { $0.code == IssueCode.areaRepeated.rawValue }.count
        for n in 0..<150 {
            dataset.report(Issue(.warning, .areaRepeated, field: "municipalities", raw: "X\(n)", at: RegiokaartCore.SourceLocation(file: "f", line: n + 1), "repeat \(n)"))
        }
        let files = try DatasetRenderer(reference: RealInput.reference).reportFiles(dataset, published: true)
        let report = String(decoding: try #require(files.first { $0.name == "report.md" }).bytes, as: UTF8.self)
        let issuesCSV = String(decoding: try #require(files.first { $0.name == "issues.csv" }).bytes, as: UTF8.self)
        let listed = ReportContext.entriesPerCode - before
        #expect(report.contains("repeat \(listed - 1) (f:\(listed))"))
        #expect(!report.contains("repeat \(listed) "))
        #expect(report.contains("**Names listed twice in one region**: \(150 + before) (`area.repeated`)"))
        #expect(report.contains("  - … and \(150 + before - ReportContext.entriesPerCode) more: see `issues.csv` (code `area.repeated`)\n"))
        #expect(issuesCSV.contains("repeat 149"))
    }
}
