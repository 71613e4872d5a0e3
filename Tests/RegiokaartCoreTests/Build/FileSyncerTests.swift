import Foundation
import Testing
@testable import RegiokaartCore

/// The default publication path: files fsynced in the background by `FileSyncer`, all of them
/// before the folder is swapped in.
@Suite struct FileSyncerTests {
    @Test func syncsAndClosesEveryFileAndReportsTheFirstFailureInOrder() throws {
        let folder = try TestSupport.temporaryFolder()
        let syncer = FileSyncer()
        for n in 0..<20 {
            let path = folder.appendingPathComponent("f\(n)").path
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            #expect(fd >= 0)
            syncer.syncAndClose(fd, path: path, order: n)
        }
        try syncer.finish()
        // A descriptor that cannot be synced (here: not open) fails; the first in order is reported.
        let failing = FileSyncer()
        failing.syncAndClose(-1, path: "third", order: 3)
        failing.syncAndClose(-1, path: "second", order: 2)
        failing.syncAndClose(-1, path: "fifth", order: 5)
        #expect { try failing.finish() } throws: { ($0 as? OutputFileWriter.WriteError)?.path == "second" }
    }

    @Test(arguments: [1, 4, 64])
    func everyFileIsSyncedAndClosedWhateverTheNumberOfLanes(lanes: Int) throws {
        let folder = try TestSupport.temporaryFolder()
        let syncer = FileSyncer(lanes: lanes)
        var descriptors: [Int32] = []
        for n in 0..<30 {
            let path = folder.appendingPathComponent("f\(n)").path
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            #expect(fd >= 0)
            descriptors.append(fd)
            syncer.syncAndClose(fd, path: path, order: n)
            if n % 7 == 0 { usleep(2_000) }  // lanes run dry and wait for more
        }
        let entries = open(folder.path, O_RDONLY | O_CLOEXEC)
        syncer.syncAndClose(entries, path: folder.path, order: 30, isFolder: true)
        try syncer.finish()
        // Closed: no descriptor of this process still points into the folder (the numbers
        // themselves may already be reused by tests running meanwhile).
        let stillOpen = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)
        }
        #expect(descriptors.count == 30)
        #expect(!stillOpen.contains { $0 == folder.path || $0.hasPrefix(folder.path + "/") })
        try FileSyncer(lanes: lanes).finish()  // nothing handed over: returns at once
    }

    @Test func aRenderingFailureOnTheDefaultPathLeavesThePreviousOutputAndNoLeftovers() throws {
        struct Broken: Error {}
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: output.appendingPathComponent("a.txt"))
        let before = TestSupport.snapshot(output)
        var files = (1...8).map { n in
            OutputFile(name: "f\(n).txt") { sink in sink.write([UInt8](repeating: 0x41, count: 3 << 20)) }
        }
        files.insert(OutputFile(name: "broken.txt") { sink in
            sink.write([UInt8](repeating: 0x42, count: 2 << 20))
            throw Broken()
        }, at: 4)
        #expect(throws: InputError.self) { try OutputPublisher(directory: output.path).publish(files) }
        #expect(TestSupport.snapshot(output) == before)
        #expect(TestSupport.leftovers(beside: output).isEmpty)
        // And without the broken file the same files are published whole.
        files.remove(at: 4)
        try OutputPublisher(directory: output.path).publish(files)
        let after = TestSupport.snapshot(output)
        #expect(after.count == 8)
        #expect(after["/f3.txt"]?.count == 3 << 20)
    }
}
