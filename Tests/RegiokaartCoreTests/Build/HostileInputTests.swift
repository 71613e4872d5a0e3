import Foundation
import Testing
@testable import RegiokaartCore

/// The hostile-input corpus (`Fixtures/hostile/`, expectations in `expected.tsv`) and generated big
/// cases, run end to end through the built binary: each must give its documented exit code, a message
/// naming the file (and line), and leave the previous `Output/` byte for byte as it was.
@Suite struct HostileInputTests {
    struct Case: CustomStringConvertible {
        var file: String
        var exit: Int32
        var message: String
        var description: String { file }
    }

    static let cases: [Case] = {
        let table = (try? String(contentsOf: TestSupport.fixtures("hostile/expected.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: fields[0], exit: Int32(fields[1]) ?? -1, message: fields[2])
        }
    }()

    /// Runs `build` with `arguments` against a copy of the committed Output/ and checks that it is untouched.
    func expectRefused(_ arguments: [String], exit: Int32, message: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TestSupport.Run {
        let folder = try TestSupport.temporaryFolder()
        let output = try TestSupport.previousOutput(in: folder)
        let before = TestSupport.snapshot(output)
        let run = try TestSupport.run(["build", "--output", output.path] + arguments)
        #expect(run.status == exit, "stderr: \(run.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr.prefix(2000))", sourceLocation: sourceLocation)
        #expect(TestSupport.snapshot(output) == before, "Output/ changed", sourceLocation: sourceLocation)
        #expect(TestSupport.leftovers(beside: output).isEmpty, sourceLocation: sourceLocation)
        if exit == 2 || exit == 4 {
            #expect(run.stderrLines.count == 1, "not one line: \(run.stderr.prefix(2000))", sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output.failed").path),
                    sourceLocation: sourceLocation)
        }
        if exit == 1 {
            #expect(run.stderrLines.count <= 23, "stderr floods: \(run.stderrLines.count) lines", sourceLocation: sourceLocation)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output.failed/issues.csv").path),
                    sourceLocation: sourceLocation)
        }
        return run
    }

    @Test func theCorpusHasItsExpectations() {
        #expect(Self.cases.count >= 10)
        for c in Self.cases {
            #expect(FileManager.default.fileExists(atPath: TestSupport.fixtures("hostile/" + c.file).path), "\(c.file)")
        }
    }

    @Test(arguments: cases) func eachCorpusFileIsRefusedCleanly(_ c: Case) throws {
        let path = "Tests/RegiokaartCoreTests/Fixtures/hostile/" + c.file
        let run = try expectRefused(["--publication", path], exit: c.exit, message: c.message)
        #expect(run.stderr.hasPrefix("regiokaart: \(path)") || c.exit == 1)
    }

    @Test func theValidOneCardFixturePublishes() throws {
        // The template the corpus was cut from is itself fine: what fails above is the damage.
        // (The default region-alias table names regions of the real publication, which this one-card
        // file does not have: an alias to a missing region is an error, so the table is left out here.)
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.run(["build", "--output", folder.appendingPathComponent("Output").path,
                                       "--region-aliases", folder.appendingPathComponent("none.csv").path,
                                       "--publication", "Tests/RegiokaartCoreTests/Fixtures/hostile/one-card.txt"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func aFiftyMegabyteSingleLineIsSkippedAndReported() throws {
        let folder = try TestSupport.temporaryFolder()
        let big = folder.appendingPathComponent("one-line.txt")
        // 50 MB without a line break, made of card words, so every card rule is tempted by it.
        let unit = Array("Aantal leerlingen/ studenten 70.780 - Aalten • Verzorgingsgebied ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20)
        while bytes.count < 50 << 20 { bytes.append(contentsOf: unit) }
        try Data(bytes).write(to: big)
        _ = try expectRefused(["--publication", big.path], exit: 2, message: "one-line.txt: holds no region card")
        // With a real card after it, the line is reported (a warning) and the card still publishes.
        var withCard = bytes + Array("\n".utf8)
        withCard += Array(try Data(contentsOf: TestSupport.fixtures("hostile/one-card.txt")))
        try Data(withCard).write(to: big)
        let output = folder.appendingPathComponent("Out")
        let run = try TestSupport.run(["build", "--output", output.path, "--publication", big.path,
                                       "--region-aliases", folder.appendingPathComponent("none.csv").path])
        #expect(run.status == 0, "\(run.stderr)")
        let issues = try String(contentsOf: output.appendingPathComponent("issues.csv"), encoding: .utf8)
        #expect(issues.contains("input.line_too_long"))
        let size = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("issues.csv").path)[.size] as? Int
        #expect((size ?? .max) < 1 << 20)
    }

    @Test func aListThatNeverEndsIsCutOffNotMatchedForever() throws {
        let folder = try TestSupport.temporaryFolder()
        let big = folder.appendingPathComponent("endless.txt")
        var text = try String(contentsOf: TestSupport.fixtures("hostile/list-never-ends.txt"), encoding: .utf8)
        for k in 0..<200_000 { text += "- Plaats \(k)\n" }
        try text.write(to: big, atomically: false, encoding: .utf8)
        _ = try expectRefused(["--publication", big.path], exit: 1, message: "endless.txt:1042: error card.list_too_long")
    }

    @Test func aFileOverTheSizeCapIsRefusedUnread() throws {
        let folder = try TestSupport.temporaryFolder()
        let huge = folder.appendingPathComponent("huge.txt")
        // Sparse: takes no disk space, but its size is over the cap.
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(FileBytes.maximumInputBytes + 1))
        try handle.close()
        _ = try expectRefused(["--publication", huge.path], exit: 2, message: "huge.txt: is larger than 256 MB")
    }

    @Test func aMissingPublicationIsNamed() throws {
        _ = try expectRefused(["--publication", "Input/no-such-file.txt"], exit: 2,
                              message: "regiokaart: Input/no-such-file.txt: does not exist")
    }

    /// A copy of Input/reference with `file` changed by `edit`.
    func reference(_ file: String, _ edit: (inout [String]) -> Void) throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("reference")
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Input/reference"), to: folder)
        let url = folder.appendingPathComponent(file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        edit(&lines)
        try lines.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
        return folder
    }

    @Test func aMissingReferenceFileIsNamed() throws {
        let folder = try reference("gemeenten-2025.csv") { _ in }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("gemeenten-2025.csv"))
        _ = try expectRefused(["--reference", folder.path], exit: 2, message: "gemeenten-2025.csv: does not exist")
    }

    @Test func aReferenceRowWithTooFewFieldsIsNamedWithItsLine() throws {
        let folder = try reference("gemeenten-2025.csv") { $0[4] = "GM9999,Nergenshuizen" }
        _ = try expectRefused(["--reference", folder.path], exit: 2,
                              message: "gemeenten-2025.csv:5: has 2 fields where the header has 4")
    }

    @Test func aDuplicateReferenceCodeIsNamedWithItsLine() throws {
        let folder = try reference("gemeenten-2025.csv") { $0.insert($0[2], at: 3) }
        _ = try expectRefused(["--reference", folder.path], exit: 2, message: "gemeenten-2025.csv:4: repeats the code")
    }

    @Test func aPlaceInAMunicipalityTheListLacksIsNamedWithItsLine() throws {
        let folder = try reference("woonplaatsen.csv") { $0[3] = $0[3].replacingOccurrences(of: ",0873,", with: ",9999,") }
        _ = try expectRefused(["--reference", folder.path], exit: 2,
                              message: "woonplaatsen.csv:4: names municipality GM9999, which ")
    }

    @Test func aPlaceWhoseMunicipalityNameDisagreesIsNamedWithItsLine() throws {
        let folder = try reference("woonplaatsen.csv") { $0[2] = $0[2].replacingOccurrences(of: ",Woensdrecht,", with: ",Woensdrec,") }
        _ = try expectRefused(["--reference", folder.path], exit: 2, message: "woonplaatsen.csv:3: calls GM0873 'Woensdrec'")
    }

    @Test func aReferenceFileThatIsNotUTF8IsNamed() throws {
        let folder = try reference("provinces.csv") { $0[1] += "\u{FFFD}" }
        let url = folder.appendingPathComponent("provinces.csv")
        var bytes = try Data(contentsOf: url)
        bytes.append(0xFF)
        try bytes.write(to: url)
        _ = try expectRefused(["--reference", folder.path], exit: 2, message: "provinces.csv: is not valid UTF-8 at byte offset")
    }

    @Test func anOutputWhoseParentIsAFileIsNotWritable() throws {
        let folder = try TestSupport.temporaryFolder()
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let run = try TestSupport.run(["build", "--output", blocker.appendingPathComponent("Output").path])
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.contains("not-a-folder/Output"))
        #expect(try Data(contentsOf: blocker) == Data("x".utf8))
    }

    @Test func anOutputThatIsAFileIsNotWritable() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        try Data("a file where the folder should be".utf8).write(to: output)
        let run = try TestSupport.run(["build", "--output", output.path])
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.contains(output.path))
        #expect(try Data(contentsOf: output) == Data("a file where the folder should be".utf8))
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }
}
