import Foundation
import Testing
@testable import RegiokaartCore

/// The default reference, read from the start of the process (`ReferencePrefetch`), is the one a
/// run with the default options uses, found from the folder the run starts in, with its errors
/// where they were; a run that names other files reads its own.
@Suite struct ReferencePrefetchTests {
    /// A copy of the package's `Input/` in a folder of its own, for runs that start there.
    func copiedInput() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Input"),
                                         to: folder.appendingPathComponent("Input"))
        return folder
    }

    /// Run in another folder with the default options, the build reads that folder's reference and
    /// gives the committed outputs; with the same files named, too.
    @Test func aRunWithTheDefaultsReadsTheReferenceOfTheFolderItStartsIn() throws {
        let folder = try copiedInput()
        let committed = TestSupport.snapshot(TestSupport.root.appendingPathComponent("Output"))
        let defaults = try TestSupport.run(["build", "--quiet"], in: folder)
        #expect(defaults.status == 0, "\(defaults.stderr)")
        #expect(TestSupport.snapshot(folder.appendingPathComponent("Output")) == committed)
        let named = try TestSupport.run(["build", "--quiet", "--output", "Named", "--reference", "Input/reference",
                                         "--aliases", "Input/corrections/municipality-aliases.csv"], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(TestSupport.snapshot(folder.appendingPathComponent("Named")) == committed)
    }

    /// A default reference that cannot be read is reported as before: exit 2, naming the file, and
    /// before a missing publication (its errors come first).
    @Test func aBrokenDefaultReferenceIsReportedFirst() throws {
        let folder = try copiedInput()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Input/reference/gemeenten-2025.csv"))
        let run = try TestSupport.run(["build", "--quiet", "--publication", "missing.txt"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("gemeenten-2025.csv: does not exist"), "\(run.stderr)")
        #expect(!run.stderr.contains("missing.txt"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
        let explain = try TestSupport.run(["explain", "Rosmalen"], in: folder)
        #expect(explain.status == 2)
        #expect(explain.stderr.contains("gemeenten-2025.csv: does not exist"), "\(explain.stderr)")
    }

    /// `explain` takes the default reference as `build` does; a command that needs none, and help,
    /// end normally while it is read.
    @Test func otherCommandsEndNormally() throws {
        let explain = try TestSupport.run(["explain", "Rosmalen"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("'s-Hertogenbosch"))
        let help = try TestSupport.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: regiokaart <subcommand>"))
        let unknown = try TestSupport.run(["build", "--no-such-option"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--no-such-option"))
    }
}
