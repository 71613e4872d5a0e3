import Foundation
import Testing
@testable import RegiokaartCore

/// The steward's acknowledgements (`Input/corrections/acknowledged.csv`) and the findings new since
/// the previous run, on the real input and on hostile tables.
@Suite(.serialized) struct AcknowledgementTests {
    /// Writes `text` as a table in `folder` and returns its path.
    func table(_ text: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("acknowledged.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A default build of the real input into `<folder>/Output`, with the acknowledgements at `path`.
    func configuration(_ folder: URL, acknowledgements path: String?, strict: Bool = false) -> BuildConfiguration {
        var configuration = RealInput.configuration
        configuration.outputDirectory = folder.appendingPathComponent("Output").path
        configuration.acknowledgementsPath = path
        configuration.strict = strict
        return configuration
    }

    @Test func aRowMatchesByCodeRegionAndRawValueWithWhitespaceCollapsed() {
        let at = SourceLocation(file: "acknowledged.csv", line: 2)
        var issue = Issue(.warning, .municipalityFuzzyMatch, regionID: "r1", raw: "Rijssen-Holtten", "m")
        #expect(Acknowledgement(code: "municipality.fuzzy_match", regionID: nil, rawValue: nil, note: "", location: at).matches(issue))
        #expect(Acknowledgement(code: "municipality.fuzzy_match", regionID: "r1", rawValue: "  Rijssen-Holtten ", note: "", location: at).matches(issue))
        #expect(!Acknowledgement(code: "municipality.fuzzy_match", regionID: "r2", rawValue: nil, note: "", location: at).matches(issue))
        #expect(!Acknowledgement(code: "municipality.fuzzy_match", regionID: nil, rawValue: "Rijssen-Holten", note: "", location: at).matches(issue))
        #expect(!Acknowledgement(code: "municipality.folded", regionID: nil, rawValue: nil, note: "", location: at).matches(issue))
        // A row with a raw value never matches a finding without one.
        issue.rawValue = nil
        #expect(!Acknowledgement(code: "municipality.fuzzy_match", regionID: nil, rawValue: "x", note: "", location: at).matches(issue))
    }

    @Test func anUnusableTableNamesFileAndLine() throws {
        let folder = try TestSupport.temporaryFolder()
        let cases: [(String, String)] = [
            ("code,region_id,raw_value,note\nmunicipality.fuzzy_match,,,ok\nmunicipality.fuzy_match,,,typo\n",
             "acknowledged.csv:3: names the code \"municipality.fuzy_match\""),
            ("code,region_id,raw_value,note\ncoverage.gap,,,a\ncoverage.gap,,,b\n", "acknowledged.csv:3: repeats the acknowledgement of line 2"),
            ("code,region_id,note\ncoverage.gap,,a\n", "lacks the column 'raw_value'"),
            ("code,region_id,raw_value,note\n,,,no code\n", "acknowledged.csv:2: column 'code' is empty"),
        ]
        for (text, message) in cases {
            let path = try table(text, in: folder)
            #expect(throws: InputError.self) { try AcknowledgementTable.load(path: path, optional: true) }
            do {
                _ = try AcknowledgementTable.load(path: path, optional: true)
            } catch {
                #expect("\(error)".contains(message), "\(error)")
            }
        }
        #expect(try AcknowledgementTable.load(path: folder.appendingPathComponent("absent.csv").path, optional: true).rows.isEmpty)
    }

    @Test func acknowledgedWarningsStayListedButDoNotCountUnderStrict() throws {
        let folder = try TestSupport.temporaryFolder()
        // The real input has warnings: --strict rejects it as it is.
        let plain = try BuildJob.run(configuration(folder, acknowledgements: nil, strict: true))
        let warnings = plain.dataset.issues.filter { $0.severity == .warning }
        #expect(!plain.published && plain.blockingCount == warnings.count && !warnings.isEmpty)
        // One row per warning code acknowledges every warning: the strict run publishes.
        let codes = Array(Set(warnings.map(\.code))).sorted()
        let rows = codes.map { "\($0),,,\"Reviewed, \($0)\"" }.joined(separator: "\n")
        let path = try table("code,region_id,raw_value,note\n" + rows + "\n", in: folder)
        let acknowledged = try BuildJob.run(configuration(folder, acknowledgements: path, strict: true))
        #expect(acknowledged.published, "blocking: \(acknowledged.blockingCount)")
        let issues = acknowledged.dataset.issues
        #expect(issues.filter { $0.severity == .warning }.count == warnings.count, "they keep their severity")
        #expect(issues.filter { $0.severity == .warning }.allSatisfy { $0.acknowledgement == "Reviewed, \($0.code)" })
        // A row matches by code whatever the severity: findings of other codes stay unacknowledged.
        let covered = Set(codes)
        #expect(issues.allSatisfy { $0.isAcknowledged == covered.contains($0.code) })
        let acknowledgedCount = issues.filter { covered.contains($0.code) }.count
        // The outputs carry it: issues.csv's columns, issues.json's keys, the report's own section.
        let output = folder.appendingPathComponent("Output")
        let csv = try InteropSupport.rows(Array(try Data(contentsOf: output.appendingPathComponent("issues.csv"))), separator: ",")
        let header = try #require(csv.first)
        let (ack, note) = (try #require(header.firstIndex(of: "acknowledged")), try #require(header.firstIndex(of: "acknowledged_note")))
        #expect(csv.dropFirst().filter { $0[0] == "warning" }.allSatisfy { $0[ack] == "yes" && $0[note].hasPrefix("Reviewed, ") })
        #expect(csv.dropFirst().filter { !covered.contains($0[1]) }.allSatisfy { $0[ack] == "" && $0[note] == "" })
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("issues.json"))) as? [String: Any]
        let entries = try #require(json?["issues"] as? [[String: Any]])
        #expect(entries.filter { $0["severity"] as? String == "warning" }.allSatisfy { $0["acknowledged"] as? Bool == true })
        #expect(entries.filter { !covered.contains($0["code"] as? String ?? "") }.allSatisfy { $0["acknowledged"] == nil })
        let report = try String(contentsOf: output.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("## Acknowledged (\(acknowledgedCount))"))
        #expect(report.contains("## Decisions left to you\n\nNone: no errors and no open doubts."),
                "acknowledged doubts leave the decisions")
    }

    @Test func aStaleRowIsReportedWithItsLine() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = try table("""
            code,region_id,raw_value,note
            municipality.fuzzy_match,onderwijsregio-oost-nederland,Rijssen-Holtten,typo in the card
            municipality.fuzzy_match,onderwijsregio-oost-nederland,Rijssen-Holten,the spelling that is no finding
            mention.alias_unused,,,no alias is unused
            """ + "\n", in: folder)
        let result = try BuildJob.run(configuration(folder, acknowledgements: path))
        let stale = result.dataset.issues.filter { $0.code == IssueCode.acknowledgementUnused.rawValue }
        #expect(stale.map { $0.location?.line } == [3, 4])
        #expect(stale.allSatisfy { $0.severity == .warning && $0.location?.file == path && $0.regionID == nil })
        #expect(stale.first?.message.contains("raw value \"Rijssen-Holten\"") == true)
        let matched = result.dataset.issues.filter(\.isAcknowledged)
        #expect(matched.map(\.rawValue) == ["Rijssen-Holtten"])
    }

    @Test func aSecondRunReportsNoNewFindingsAndANewRowIsNew() throws {
        let folder = try TestSupport.temporaryFolder()
        let first = try BuildJob.run(configuration(folder, acknowledgements: nil))
        #expect(first.newFindings == nil, "a first run has nothing to compare with")
        let second = try BuildJob.run(configuration(folder, acknowledgements: nil))
        #expect(second.newFindings == [], "the same input gives the same findings")
        #expect(second.findingsBaseline == folder.appendingPathComponent("Output").path)
        // A stale acknowledgement is a finding the previous run did not have: exactly one is new.
        let path = try table("code,region_id,raw_value,note\ncoverage.gap,,Nowhere (GM9999),gone\n", in: folder)
        let third = try BuildJob.run(configuration(folder, acknowledgements: path))
        #expect(third.newFindings?.map(\.code) == [IssueCode.acknowledgementUnused.rawValue])
        // Acknowledging a finding does not make it new.
        let path2 = try table("code,region_id,raw_value,note\ncoverage.gap,,,known\n", in: folder)
        let fourth = try BuildJob.run(configuration(folder, acknowledgements: path2))
        #expect(fourth.newFindings == [], "\(fourth.newFindings ?? [])")
    }

    @Test func theReportListsNewFindingsFirstOnlyAgainstANamedPreviousRun() throws {
        let folder = try TestSupport.temporaryFolder()
        let previous = try TestSupport.previousOutput(in: folder)
        // The previous run lacked one finding: drop the first warning from its issues.json.
        let url = previous.appendingPathComponent("issues.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var entries = json["issues"] as! [[String: Any]]
        let dropped = try #require(entries.firstIndex { $0["severity"] as? String == "warning" })
        let removed = entries.remove(at: dropped)
        json["issues"] = entries
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        var next = configuration(folder.appendingPathComponent("next"), acknowledgements: nil)
        next.previousDirectory = previous.path
        let result = try BuildJob.run(next)
        #expect(result.newFindings?.map(\.code) == [try #require(removed["code"] as? String)])
        let report = try String(contentsOfFile: next.outputDirectory + "/report.md", encoding: .utf8)
        let section = try #require(report.range(of: "## New since the previous run (1)"))
        #expect(section.lowerBound < report.range(of: "## Faults in the publication")!.lowerBound, "new findings come first")
        // Without a named previous run the report is the same as a fresh build's (reproducible).
        _ = try BuildJob.run(configuration(folder.appendingPathComponent("plain"), acknowledgements: nil))
        let fresh = try String(contentsOfFile: folder.appendingPathComponent("plain/Output/report.md").path, encoding: .utf8)
        #expect(!fresh.contains("## New since"))
    }

    @Test func aMalformedTableStopsTheRunBeforeOutputChanges() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = try TestSupport.previousOutput(in: folder)
        let before = TestSupport.snapshot(output)
        let path = try table("code,region_id,raw_value,note\ncoverage.gap,,,ok\ncoverage.gapp,,,typo\n", in: folder)
        let run = try TestSupport.run(["build", "--output", output.path, "--acknowledged", path])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderrLines.count == 1 && run.stderr.contains("acknowledged.csv:3: names the code \"coverage.gapp\""), "\(run.stderr)")
        #expect(TestSupport.snapshot(output) == before)
    }

    @Test func theRunSummarySaysHowManyFindingsAreNew() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("Output").path
        let first = try TestSupport.run(["build", "--output", output])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("new findings: no previous issues.json to compare with"), "\(first.stdout)")
        let second = try TestSupport.run(["build", "--output", output])
        #expect(second.stdout.contains("0 findings new since \(output)/issues.json"), "\(second.stdout)")
        let quiet = try TestSupport.run(["build", "--quiet", "--output", output, "--previous", output])
        #expect(quiet.status == 0 && quiet.stdout.contains("0 findings new since"), "\(quiet.stdout)")
    }
}
