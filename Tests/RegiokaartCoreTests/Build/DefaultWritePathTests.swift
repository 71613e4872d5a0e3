import Foundation
import Testing
@testable import RegiokaartCore

/// The default publication path: every file written, then the folder made durable at once
/// (`syncfs` on Linux, an fsync per file elsewhere), before it is swapped in.
@Suite struct DefaultWritePathTests {
    @Test func aFailedFileSystemSyncIsAnErrorNamingTheFolder() throws {
        guard DurableFile.canSyncFileSystem else { return }
        let folder = try TestSupport.temporaryFolder()
        let fd = try DurableFile.openFolder(folder)
        try DurableFile.syncFileSystem(fd, path: folder.path)
        close(fd)
        // A descriptor that is no longer open cannot be synced: the failure names the folder.
        #expect { try DurableFile.syncFileSystem(fd, path: folder.path) } throws: {
            ($0 as? DurableFile.Failure)?.path == folder.path
        }
        #expect(throws: DurableFile.Failure.self) { try DurableFile.openFolder(folder.appendingPathComponent("missing")) }
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
