import Foundation
import Synchronization
import Testing
@testable import RegiokaartCore

/// The stages a build announces (`BuildConfiguration.progress`): the progress line and `--timings`
/// both read them, so each stage must start once, in order.
@Suite struct BuildStageTests {
    @Test func aPublishingBuildAnnouncesEveryStageOnceInOrder() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var configuration = InteropSupport.configuration(output: scratch.appendingPathComponent("Output").path)
        let seen = Mutex<[BuildStage]>([])
        configuration.progress = { stage in seen.withLock { $0.append(stage) } }
        let result = try BuildJob.run(configuration)
        #expect(result.published)
        #expect(seen.withLock { $0 } == BuildStage.allCases)
    }

    /// The reference data is read on the other core while the publication is extracted; when both
    /// are broken, the reference's error is the one reported, as when it was read first.
    @Test func aBrokenReferenceIsReportedBeforeABrokenPublication() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var configuration = InteropSupport.configuration(output: scratch.appendingPathComponent("Output").path)
        configuration.referenceDirectory = scratch.appendingPathComponent("no-reference").path
        configuration.publicationPath = scratch.appendingPathComponent("no-publication.txt").path
        let error = try #require(throws: InputError.self) { try BuildJob.run(configuration) }
        #expect(error.kind == .missingFile)
        #expect(error.location.file.hasPrefix(configuration.referenceDirectory), "\(error)")
        // With the reference in place, the publication's own error.
        configuration.referenceDirectory = InteropSupport.configuration(output: "unused").referenceDirectory
        let second = try #require(throws: InputError.self) { try BuildJob.run(configuration) }
        #expect(second.location.file == configuration.publicationPath, "\(second)")
    }

    @Test func timingsNameEveryStageOnOneLineOfStandardError() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.run(["build", "--quiet", "--timings", "--output", folder.appendingPathComponent("Output").path])
        #expect(run.status == 0)
        let lines = run.stderrLines.filter { $0.hasPrefix("regiokaart: timings: ") }
        try #require(lines.count == 1)
        for stage in BuildStage.allCases { #expect(lines[0].contains("\(stage.label) ")) }
        #expect(lines[0].contains("; total "))
        #expect(run.stdout.isEmpty)
    }
}
