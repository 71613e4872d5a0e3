import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import RegiokaartCore

/// What a cron job relies on, through the built binary: the lock between concurrent runs, a
/// `kill -9` mid-run leaving the previous output intact, and `build --previous` exit codes.
@Suite(.serialized) struct NightlyRunTests {
    @Test func aSecondRunFailsAtOnceWhileTheLockIsHeld() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = try TestSupport.previousOutput(in: folder)
        let before = TestSupport.snapshot(output)
        // Another process (util-linux flock) holds the lock for a few seconds.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [OutputLock.lockPath(for: output.path), "sleep", "3"]
        try holder.run()
        defer { holder.waitUntilExit() }
        try waitForLock(output)
        let refused = try TestSupport.run(["build", "--output", output.path])
        #expect(refused.status == 5, "\(refused.stderr)")
        #expect(refused.stderrLines.count == 1)
        #expect(refused.stderr.contains("is in use by another regiokaart run"))
        #expect(refused.stderr.contains(".Output.lock"))
        #expect(TestSupport.snapshot(output) == before)
        // Waiting for it instead: the run starts when the holder exits, and publishes.
        let waited = try TestSupport.run(["build", "--output", output.path, "--lock-wait", "30"])
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(holder.isRunning == false)
    }

    /// Waits until someone holds the lock on `output`.
    func waitForLock(_ output: URL) throws {
        for _ in 0..<100 {
            do {
                let probe = try OutputLock(for: output.path)
                probe.release()
                usleep(50_000)
            } catch {
                return
            }
        }
        Issue.record("the lock holder never took the lock")
    }

    @Test func twoRunsAtOnceNeverInterleave() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        let runs = try (0..<2).map { _ in try TestSupport.start(["build", "--quiet", "--output", output.path, "--lock-wait", "60"]) }
        let results = runs.map { TestSupport.finish($0.0, $0.1, $0.2) }
        #expect(results.map(\.status) == [0, 0], "\(results.map(\.stderr))")
        #expect(TestSupport.snapshot(output) == TestSupport.snapshot(TestSupport.root.appendingPathComponent("Output")))
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    /// Each run leaves the output it replaced as `.Output.removing-*` and writes into the one the
    /// run before it left: there is never more than one, it is the previous output, whole, and the
    /// third run's files are the first run's, written over (the same inodes).
    @Test func eachRunWritesIntoTheOutputThePreviousRunReplaced() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        func removing() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".Output.removing-") }
        }
        func inode(_ name: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[.systemFileNumber] as? Int)
        }
        var firstInodes: [Int] = []
        var seen: [String] = []
        for run in 1...3 {
            let result = try TestSupport.run(["build", "--quiet", "--output", output.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "run \(run): \(result.stderr)")
            let left = try removing()
            #expect(left.count == (run == 1 ? 0 : 1), "run \(run): \(left)")
            let inodes = try ["regions.json", "excel-nl/regions.csv", "maps/po.svg"].map(inode)
            if run == 1 { firstInodes = inodes }
            if run == 3 { #expect(inodes == firstInodes) }
            if let name = left.first {
                #expect(!seen.contains(name))
                seen.append(name)
                // The same input: the replaced output is byte-identical to the new one.
                #expect(TestSupport.snapshot(folder.appendingPathComponent(name)) == TestSupport.snapshot(output))
            }
        }
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    @Test func killNineMidRunLeavesThePreviousOutputByteIdentical() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = try TestSupport.previousOutput(in: folder)
        let before = TestSupport.snapshot(output)
        // A large input: the publication's text 100 times over (4900 cards, published with
        // --allow-errors, so the run writes about 60 MB of outputs).
        let publication = try Data(contentsOf: TestSupport.root.appendingPathComponent("Input/publication-regionale-samenwerking-werkt.txt"))
        let large = folder.appendingPathComponent("large.txt")
        try Data((0..<100).flatMap { _ in publication }).write(to: large)
        let arguments = ["build", "--quiet", "--allow-errors", "--publication", large.path, "--output", output.path]

        // How long a whole run takes on this machine, into a folder of its own: the kills below
        // land at fractions of it, so that a faster build or a slower machine moves them along.
        let started = Date()
        let whole = try TestSupport.run(["build", "--quiet", "--allow-errors", "--publication", large.path,
                                         "--output", folder.appendingPathComponent("timed").path])
        #expect(whole.status == 0, "\(whole.stderr)")
        let duration = Date().timeIntervalSince(started)

        // Mid-run: killed at three points, from extraction on into the steps or the writing. A run
        // can be faster than the timed one (a warm cache, a quieter machine): one that finishes
        // before its kill has published, so the previous output is put back and the kill tried
        // again at half the delay. Only a kill that never lands is a failure.
        for fraction in [0.15, 0.4, 0.65] {
            var delay = duration * fraction
            var landed = false
            for _ in 0..<4 where !landed {
                let (process, out, err) = try TestSupport.start(arguments)
                usleep(UInt32(delay * 1_000_000))
                guard process.isRunning else {
                    _ = TestSupport.finish(process, out, err)
                    try restorePrevious(output)
                    delay /= 2
                    continue
                }
                kill(process.processIdentifier, SIGKILL)
                #expect(TestSupport.finish(process, out, err).status == SIGKILL)
                #expect(TestSupport.snapshot(output) == before, "Output/ changed after kill -9 at \(delay) s")
                landed = true
            }
            #expect(landed, "no kill landed at \(fraction) of a whole run's \(duration) s, nor at half, a quarter or an eighth of it")
        }

        // Mid-write: killed the moment its temporary folder appears (a few tries, in case one
        // run writes faster than the polling sees).
        var killedWhileWriting = false
        for _ in 0..<3 where !killedWhileWriting {
            let (process, out, err) = try TestSupport.start(arguments)
            while process.isRunning, TestSupport.stagingFolders(beside: output).isEmpty { usleep(500) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedWhileWriting = TestSupport.finish(process, out, err).status == SIGKILL
            } else {
                _ = TestSupport.finish(process, out, err)
                // It finished: put the previous output back for the next try.
                try restorePrevious(output)
            }
        }
        #expect(killedWhileWriting, "no kill landed while the temporary folder was being written")
        #expect(TestSupport.snapshot(output) == before, "Output/ changed after kill -9 mid-write")
        #expect(!TestSupport.stagingFolders(beside: output).isEmpty, "the killed run left no temporary folder")

        // The next run cleans up what the killed one left, and says so.
        let next = try TestSupport.run(["build", "--output", output.path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("left by an interrupted run"))
        #expect(TestSupport.leftovers(beside: output).isEmpty)
        #expect(TestSupport.snapshot(output) == TestSupport.snapshot(TestSupport.root.appendingPathComponent("Output")))
    }

    /// Puts the committed output back into `output`, after a run that was meant to be killed
    /// finished and published instead.
    func restorePrevious(_ output: URL) throws {
        try FileManager.default.removeItem(at: output)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Output"), to: output)
    }

    @Test func buildWithPreviousExitsThreeWhenTheDataChanged() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = try TestSupport.previousOutput(in: folder)
        // Same input as the committed output: published, nothing changed, exit 0.
        let same = try TestSupport.run(["build", "--output", output.path, "--previous", output.path])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("none (49 regions, same data)"))
        // Yesterday's output lacked a region and had another figure: exit 3, and the changes printed.
        try TestSupport.editRegions(in: output) { regions in
            regions.removeAll { $0.id == "zuidwest-samen" }
            if let k = regions.firstIndex(where: { $0.id == "twente-omstreken" }) { regions[k].figures.students = 35000 }
        }
        let changed = try TestSupport.run(["build", "--output", output.path, "--previous", output.path])
        #expect(changed.status == 3, "\(changed.stderr)")
        #expect(changed.stdout.contains("+ added zuidwest-samen \"Zuidwest Samen\""))
        #expect(changed.stdout.contains("~ twente-omstreken: students 35000 → 35868"))
        // The first night: no previous output at all. Everything is new.
        let first = try TestSupport.run(["build", "--output", folder.appendingPathComponent("New").path,
                                         "--previous", folder.appendingPathComponent("Nothing").path])
        #expect(first.status == 3)
        #expect(first.stdout.contains("49 added, 0 removed"))
    }

    @Test func aDamagedPreviousIssuesFileIsANoticeOrAnErrorThatComesFirst() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = try TestSupport.previousOutput(in: folder)
        let issues = output.appendingPathComponent("issues.json")
        try Data("{\"counts\": {}, \"issues\": [{\"code\": 7}]}".utf8).write(to: issues)
        // The output folder's own issues.json (read on another core): a notice, and the run publishes.
        let own = try TestSupport.run(["build", "--output", output.path])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(own.stderr.contains("issues.json"))
        #expect(own.stderr.contains("every finding counts as new"))
        // A named --previous: unusable input, and its error comes before a missing publication's.
        let named = folder.appendingPathComponent("Named")
        try FileManager.default.createDirectory(at: named, withIntermediateDirectories: true)
        try Data("not json".utf8).write(to: named.appendingPathComponent("issues.json"))
        let bad = try TestSupport.run(["build", "--output", folder.appendingPathComponent("Other").path,
                                       "--previous", named.path, "--publication", folder.appendingPathComponent("missing.txt").path])
        #expect(bad.status == 2, "\(bad.stderr)")
        #expect(bad.stderr.contains("Named/issues.json"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("missing.txt"), "\(bad.stderr)")
        // With a readable publication the same --previous still stops the run, and nothing is written.
        let stopped = try TestSupport.run(["build", "--output", folder.appendingPathComponent("Other").path, "--previous", named.path])
        #expect(stopped.status == 2, "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Other").path))
    }

    @Test func theDiffCommandReportsChangesAsTextAndJSON() throws {
        let folder = try TestSupport.temporaryFolder()
        let old = try TestSupport.previousOutput(in: folder)
        let new = folder.appendingPathComponent("New")
        try FileManager.default.copyItem(at: old, to: new)
        let same = try TestSupport.run(["diff", old.path, new.path])
        #expect(same.status == 0)
        try TestSupport.editRegions(in: new) { regions in
            let k = regions.firstIndex { $0.id == "twente-omstreken" }!
            regions[k].municipalities.removeLast()
            regions[k].figures.schoolBoardsVO = 4
            regions[k].sectors = ["po", "vo"]
        }
        let text = try TestSupport.run(["diff", old.path, new.path])
        #expect(text.status == 3)
        #expect(text.stdout.contains("0 added, 0 removed, 1 changed"))
        #expect(text.stdout.contains("~ twente-omstreken: school_boards_vo 0 → 4; sectors po → po/vo; left: "))
        let json = try TestSupport.run(["diff", "--json", old.path, new.path])
        #expect(json.status == 3)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["changed"] as? Bool == true)
        let changed = object?["changed_regions"] as? [[String: Any]]
        #expect(changed?.count == 1)
        #expect((changed?.first?["municipalities_left"] as? [Any])?.count == 1)
        let missing = try TestSupport.run(["diff", old.path, folder.appendingPathComponent("nope").path])
        #expect(missing.status == 2)
        #expect(missing.stderrLines.count == 1)
        #expect(missing.stderr.contains("nope: is not a folder with a published dataset"))
        try Data("{\"regions\": 5}".utf8).write(to: new.appendingPathComponent("regions.json"))
        let malformed = try TestSupport.run(["diff", old.path, new.path])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("New/regions.json: is not a regions.json written by regiokaart"))
    }
}

extension TestSupport {
    /// `.Output.tmp-*` folders beside `output`.
    static func stagingFolders(beside output: URL) -> [String] {
        leftovers(beside: output).filter { $0.contains(".tmp-") }
    }

    /// Rewrites `<folder>/regions.json` with `edit` applied to its regions.
    static func editRegions(in folder: URL, _ edit: (inout [RegionRecord]) -> Void) throws {
        let url = folder.appendingPathComponent("regions.json")
        var document = try JSONDecoder().decode(RegionsDocument.self, from: Data(contentsOf: url))
        edit(&document.regions)
        try JSONEncoder().encode(document).write(to: url)
    }
}
