import Foundation
import Testing
@testable import RegiokaartCore

/// A test error thrown by the injected file writer.
struct InjectedFailure: Error {}

@Suite struct OutputPublisherTests {
    let files = (1...5).map { OutputFile(name: "file\($0).txt", bytes: Array("new content \($0)\n".utf8)) }

    /// A folder with a previous output holding two files.
    func previous() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old a\n".utf8).write(to: output.appendingPathComponent("a.txt"))
        try Data("old b\n".utf8).write(to: output.appendingPathComponent("b.txt"))
        return output
    }

    @Test func aFailureWhileWritingLeavesThePreviousOutputByteIdentical() throws {
        let output = try previous()
        let before = TestSupport.snapshot(output)
        let written = Counter()
        // The third file fails to write, after two complete ones.
        let publisher = OutputPublisher(directory: output.path) { url, file in
            if written.next() == 3 { throw InjectedFailure() }
            try OutputFileWriter.write(file, to: url.path)
        }
        do {
            try publisher.publish(files)
            Issue.record("the injected failure did not fire")
        } catch {
            #expect(error.kind == .outputNotWritable)
            #expect(error.description.contains(output.path))
            #expect(error.description.contains("previous output is unchanged"))
        }
        // Files are written concurrently, so others may complete after the failure: all of them
        // went into the staging folder, which must be gone, and the previous output untouched.
        #expect(TestSupport.snapshot(output) == before)
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    @Test func aCompletePublishReplacesTheWholeFolder() throws {
        let output = try previous()
        try OutputPublisher(directory: output.path).publish(files)
        let after = TestSupport.snapshot(output)
        #expect(after.keys.sorted() == files.map { "/" + $0.name }.sorted())
        #expect(after["/file3.txt"] == Data("new content 3\n".utf8))
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    /// Every folder the files need is made (and synced) after its own folder, however deep.
    @Test func subfoldersComeEachAfterItsOwnFolder() throws {
        let names = ["regions.json", "excel-nl/regions.csv", "maps/po.svg", "excel-nl/cases.csv", "a/b/c/deep.txt", "a/top.txt"]
        let folders = OutputPublisher.subfolders(of: names.map { OutputFile(name: $0, bytes: Array($0.utf8)) })
        #expect(folders == ["a", "a/b", "maps", "a/b/c", "excel-nl"])
        for (k, folder) in folders.enumerated() {
            let own = folder.split(separator: "/").dropLast().joined(separator: "/")
            #expect(own.isEmpty || folders[..<k].contains(own), "\(folder) before its folder \(own)")
        }
        let output = try previous()
        let nested = names.map { OutputFile(name: $0, bytes: Array("content of \($0)\n".utf8)) }
        try OutputPublisher(directory: output.path).publish(nested)
        let after = TestSupport.snapshot(output)
        #expect(after.keys.sorted() == names.map { "/" + $0 }.sorted())
        #expect(after["/a/b/c/deep.txt"] == Data("content of a/b/c/deep.txt\n".utf8))
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    /// The output a publication replaces stays beside it as `.Output.removing-*`, whole, until the
    /// next run lists it (not as an interrupted run's leftover) and keeps it back to write into
    /// (`StagingFolderTests`); removed, it is listed no more.
    @Test func theReplacedOutputIsLeftForTheNextRun() throws {
        let output = try previous()
        let before = TestSupport.snapshot(output)
        let publisher = OutputPublisher(directory: output.path)
        try publisher.publish(files)
        let parent = output.deletingLastPathComponent()
        let removing = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.hasPrefix(".Output.removing-") }
        #expect(removing.count == 1)
        let replaced = try #require(removing.first.map { parent.appendingPathComponent($0) })
        #expect(TestSupport.snapshot(replaced) == before)
        #expect(TestSupport.snapshot(output).count == files.count)
        let found = publisher.recoverLeftovers()
        #expect(found.notes.isEmpty)
        #expect(found.reusable.map(\.path) == [replaced.path])
        #expect(found.replaced.isEmpty)
        let lanes = BlockingLanes(count: 2)
        FolderRemoval.start(replaced, on: lanes).finish()
        lanes.finish()
        #expect(!FileManager.default.fileExists(atPath: replaced.path))
        #expect(publisher.recoverLeftovers().replaced.isEmpty)
        #expect(publisher.recoverLeftovers().reusable.isEmpty)
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    @Test func publishesIntoAFolderThatDoesNotExistYet() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("deep/Output")
        try OutputPublisher(directory: output.path).publish(files)
        #expect(TestSupport.snapshot(output).count == files.count)
    }

    @Test func aParentThatIsAFileIsNotWritable() throws {
        let folder = try TestSupport.temporaryFolder()
        try Data("x".utf8).write(to: folder.appendingPathComponent("plain-file"))
        let output = folder.appendingPathComponent("plain-file/Output")
        #expect(throws: InputError.self) { try OutputPublisher(directory: output.path).publish(files) }
    }

    @Test func leftoversOfAKilledRunAreRemovedAndReported() throws {
        let output = try previous()
        let parent = output.deletingLastPathComponent()
        let staged = parent.appendingPathComponent(".Output.tmp-99999-dead")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: staged.appendingPathComponent("regions.json"))
        try FileManager.default.createDirectory(at: parent.appendingPathComponent(".Output.old-99999-dead"),
                                                withIntermediateDirectories: true)
        let before = TestSupport.snapshot(output)
        let notes = OutputPublisher(directory: output.path).recoverLeftovers().notes
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.contains("interrupted run") })
        #expect(TestSupport.leftovers(beside: output).isEmpty)
        #expect(TestSupport.snapshot(output) == before)
    }

    @Test func leftoversOfTheOutputAndItsFailedSiblingAreFoundInOneReadOfTheParent() throws {
        let output = try previous()
        let parent = output.deletingLastPathComponent()
        let failed = parent.appendingPathComponent("Output.failed")
        for name in [".Output.tmp-1-a", ".Output.failed.tmp-2-b", ".Output.failed.old-3-c",
                     ".Output.failed.removing-4-d", ".Output.removing-5-e", ".Output.removing-6-f"] {
            try FileManager.default.createDirectory(at: parent.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let found = OutputPublisher.recoverLeftovers([OutputPublisher(directory: output.path), OutputPublisher(directory: failed.path)])
        // The replaced outputs are listed, in the same order: the first of each folder kept back
        // for its next publication, the rest for the run to remove.
        #expect(found.reusable.map(\.lastPathComponent) == [".Output.removing-5-e", ".Output.failed.removing-4-d"])
        #expect(found.replaced.map(\.lastPathComponent) == [".Output.removing-6-f"])
        let notes = found.notes
        // The output's first, then its sibling's: the failed folder is missing, so its newest
        // retired folder is restored, and its staged one removed.
        #expect(notes.count == 3)
        #expect(notes[0].contains(".Output.tmp-1-a"))
        #expect(notes[1].hasPrefix("restored Output.failed from .Output.failed.old-3-c"))
        #expect(notes[2].contains(".Output.failed.tmp-2-b"))
        #expect(FileManager.default.fileExists(atPath: failed.path))
    }

    @Test func aRunKilledBetweenTheTwoRenamesIsRestored() throws {
        // The fallback swap moves the old folder aside before renaming the new one in; killed in
        // between, only `.Output.old-*` is left. The next run puts it back.
        let output = try previous()
        let before = TestSupport.snapshot(output)
        let aside = output.deletingLastPathComponent().appendingPathComponent(".Output.old-4242-cafe")
        try FileManager.default.moveItem(at: output, to: aside)
        let notes = OutputPublisher(directory: output.path).recoverLeftovers().notes
        #expect(notes.first?.hasPrefix("restored Output from .Output.old-4242-cafe") == true)
        #expect(TestSupport.snapshot(output) == before)
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    @Test func theOutputLockRefusesASecondHolder() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("Output")
        let first = try OutputLock(for: output.path)
        do {
            _ = try OutputLock(for: output.path)
            Issue.record("a second lock was granted")
        } catch {
            #expect(error.kind == .outputLocked)
            #expect(error.description.contains("pid \(ProcessInfo.processInfo.processIdentifier)"))
        }
        first.release()
        let again = try OutputLock(for: output.path)
        again.release()
        #expect(FileManager.default.fileExists(atPath: OutputLock.lockPath(for: output.path)))
    }

    /// The holder's pid is written over a longer one left by an earlier holder, and nothing of
    /// that one stays behind it.
    @Test func theLockFileHoldsExactlyTheHoldersPid() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("Output")
        let path = OutputLock.lockPath(for: output.path)
        try Data("12345678901234567890\nleft over\n".utf8).write(to: URL(fileURLWithPath: path))
        let lock = try OutputLock(for: output.path)
        defer { lock.release() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "\(ProcessInfo.processInfo.processIdentifier)\n")
    }
}

/// A thread-safe counter for the injected writer (which must be Sendable).
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
