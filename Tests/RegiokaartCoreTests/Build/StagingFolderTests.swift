import Foundation
import Testing
@testable import RegiokaartCore
#if canImport(Glibc)
import Glibc
#endif

/// A publication writes into the output an earlier one replaced: over its plain files, in place,
/// and never into anything else.
@Suite struct StagingFolderTests {
    /// Five files, two of them in folders, with contents that differ by `generation` and in length.
    func files(_ generation: Int) -> [OutputFile] {
        ["file1.txt", "file2.txt", "file3.txt", "sub/x.txt", "sub/deeper/y.txt"].enumerated().map { k, name in
            let line = "generation \(generation), \(name)\n"
            return OutputFile(name: name, bytes: Array(String(repeating: line, count: 200 * (k + 1) / generation).utf8))
        }
    }

    /// The inode of each file in `folder`, by its path inside.
    func inodes(_ folder: URL) -> [String: UInt64] {
        var result: [String: UInt64] = [:]
        for path in TestSupport.snapshot(folder).keys {
            var status = stat()
            if lstat(folder.path + path, &status) == 0 { result[path] = UInt64(status.st_ino) }
        }
        return result
    }

    func expected(_ files: [OutputFile]) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: files.map { ("/" + $0.name, Data($0.bytes)) })
    }

    /// The third publication writes into the folder the second replaced (the first's output): the
    /// same inodes, each cut to its new (shorter) length, and the second's output is then the one kept back.
    @Test func theOutputTheRunBeforeReplacedIsWrittenOverInPlace() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("Output")
        let publisher = OutputPublisher(directory: output.path)
        try publisher.publish(files(1))
        let first = inodes(output)
        try publisher.publish(files(2))
        let found = publisher.recoverLeftovers()
        #expect(found.replaced.isEmpty)
        let reused = try #require(publisher.reusable(in: found.reusable))
        #expect(inodes(reused) == first)
        try publisher.publish(files(3), reusing: reused)
        #expect(TestSupport.snapshot(output) == expected(files(3)))
        #expect(inodes(output) == first)
        #expect(!FileManager.default.fileExists(atPath: reused.path))
        #expect(TestSupport.leftovers(beside: output).isEmpty)
        // The second output is the one left now, whole.
        let next = publisher.recoverLeftovers()
        #expect(next.reusable.count == 1 && next.replaced.isEmpty)
        #expect(next.reusable.first.map { TestSupport.snapshot($0) } == expected(files(2)))
    }

    /// Whatever the reused folder holds that is not a plain file written again goes before the
    /// swap; links are removed, never written through, and a hard-linked file keeps its bytes.
    @Test func nothingButThePlainFilesWrittenAgainIsKept() throws {
        let folder = try TestSupport.temporaryFolder()
        let fm = FileManager.default
        let output = folder.appendingPathComponent("Output")
        let reused = folder.appendingPathComponent(".Output.removing-1-a")
        let outside = folder.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        let target = outside.appendingPathComponent("target.txt")
        try Data("not an output\n".utf8).write(to: target)
        func put(_ name: String, _ text: String) throws {
            let url = reused.appendingPathComponent(name)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try put("extra.txt", "left from long ago\n")
        try put("extra-folder/deep/f.txt", "left from long ago\n")
        try put("file3.txt", String(repeating: "a longer old file\n", count: 5000))
        // A link where a file goes, a folder where a file goes, a file and a link where folders go.
        try fm.createSymbolicLink(at: reused.appendingPathComponent("file1.txt"), withDestinationURL: target)
        try put("file2.txt/inside.txt", "a folder in a file's place\n")
        try put("sub", "a file in a folder's place\n")
        // A plain file written again, but with another hard link: a steward's archived copy.
        let archived = outside.appendingPathComponent("archived.txt")
        try put("keep.txt", "archived bytes\n")
        try fm.linkItem(at: reused.appendingPathComponent("keep.txt"), to: archived)
        let archivedInode = inodes(outside)["/archived.txt"]
        let new = files(1) + [OutputFile(name: "keep.txt", bytes: Array("new bytes\n".utf8))]
        try OutputPublisher(directory: output.path).publish(new, reusing: reused)
        #expect(TestSupport.snapshot(output) == expected(new))
        #expect(TestSupport.snapshot(outside) == ["/target.txt": Data("not an output\n".utf8), "/archived.txt": Data("archived bytes\n".utf8)])
        #expect(inodes(outside)["/archived.txt"] == archivedInode)
        #expect(inodes(output)["/keep.txt"] != archivedInode)
        var status = stat()
        #expect(lstat(output.appendingPathComponent("file1.txt").path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG)
        #expect(TestSupport.leftovers(beside: output).isEmpty)
        #expect(!fm.fileExists(atPath: reused.path))
    }

    /// A link to a folder is never taken for the folder to reuse: a new staging folder is made,
    /// and the linked folder keeps what it holds.
    @Test func aLinkToAFolderIsNotReused() throws {
        let folder = try TestSupport.temporaryFolder()
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("someone's file\n".utf8).write(to: elsewhere.appendingPathComponent("file1.txt"))
        let link = folder.appendingPathComponent(".Output.removing-2-b")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        let output = folder.appendingPathComponent("Output")
        try OutputPublisher(directory: output.path).publish(files(1), reusing: link)
        #expect(TestSupport.snapshot(output) == expected(files(1)))
        #expect(TestSupport.snapshot(elsewhere) == ["/file1.txt": Data("someone's file\n".utf8)])
    }

    /// A reused folder that cannot be emptied (here an extra file made immutable with `chattr +i`,
    /// which even root cannot remove) is left under its name, and the publication goes into a new
    /// folder. Skipped where `chattr` is missing or refused (another file system, no privilege).
    @Test func aFolderThatCannotBeEmptiedIsLeftAndANewOneMade() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        let reused = folder.appendingPathComponent(".Output.removing-3-c")
        try FileManager.default.createDirectory(at: reused, withIntermediateDirectories: true)
        let stuck = reused.appendingPathComponent("stuck.txt")
        try Data("cannot be removed\n".utf8).write(to: stuck)
        func chattr(_ arguments: String...) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
        guard chattr("+i", stuck.path) else { return }
        // The whole folder: a failing publication may have moved the file.
        defer { _ = chattr("-R", "-i", folder.path) }
        try OutputPublisher(directory: output.path).publish(files(1), reusing: reused)
        #expect(TestSupport.snapshot(output) == expected(files(1)))
        #expect(TestSupport.snapshot(reused) == ["/stuck.txt": Data("cannot be removed\n".utf8)])
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    /// A failure while writing into a reused folder leaves the previous output as it was, and no
    /// staging folder beside it.
    @Test func aFailureWhileWritingIntoAReusedFolderLeavesThePreviousOutput() throws {
        let output = try TestSupport.temporaryFolder().appendingPathComponent("Output")
        let publisher = OutputPublisher(directory: output.path)
        try publisher.publish(files(1))
        try publisher.publish(files(2))
        let before = TestSupport.snapshot(output)
        let reused = try #require(publisher.reusable(in: publisher.recoverLeftovers().reusable))
        let written = Counter()
        let failing = OutputPublisher(directory: output.path) { url, file in
            if written.next() == 3 { throw InjectedFailure() }
            try OutputFileWriter.write(file, to: url.path)
        }
        #expect(throws: InputError.self) { try failing.publish(files(3), reusing: reused) }
        #expect(TestSupport.snapshot(output) == before)
        #expect(TestSupport.leftovers(beside: output).isEmpty)
    }

    /// Each folder's publisher takes only an output of its own: `Output` never writes into what
    /// `Output.failed` replaced, nor the reverse.
    @Test func eachFolderReusesOnlyWhatItsOwnPublicationsReplaced() throws {
        let parent = try TestSupport.temporaryFolder()
        let candidates = [".Output.failed.removing-1-a", ".Output.removing-2-b"].map { parent.appendingPathComponent($0, isDirectory: true) }
        let output = OutputPublisher(directory: parent.appendingPathComponent("Output").path)
        let failed = OutputPublisher(directory: parent.appendingPathComponent("Output.failed").path)
        #expect(output.reusable(in: candidates)?.lastPathComponent == ".Output.removing-2-b")
        #expect(failed.reusable(in: candidates)?.lastPathComponent == ".Output.failed.removing-1-a")
        #expect(output.reusable(in: Array(candidates.prefix(1))) == nil)
        let elsewhere = try TestSupport.temporaryFolder().appendingPathComponent(".Output.removing-3-c")
        #expect(output.reusable(in: [elsewhere]) == nil)
    }
}
