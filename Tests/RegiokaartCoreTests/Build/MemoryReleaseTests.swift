import Foundation
import Testing
@testable import RegiokaartCore

/// Only a large publication has large blocks mapped apart (`BuildJob.run`).
@Suite struct MemoryReleaseTests {
    @Test func aPublicationIsLargeFromFourMebibytesOn() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("publication.txt").path
        #expect(!MemoryRelease.isLargeInput(path))  // missing
        #expect(FileManager.default.createFile(atPath: path, contents: Data("kaart\n".utf8)))
        #expect(!MemoryRelease.isLargeInput(path))
        #expect(truncate(path, off_t(MemoryRelease.largeInputBytes - 1)) == 0)
        #expect(!MemoryRelease.isLargeInput(path))
        #expect(truncate(path, off_t(MemoryRelease.largeInputBytes)) == 0)
        #expect(MemoryRelease.isLargeInput(path))
        #expect(!MemoryRelease.isLargeInput(folder.appendingPathComponent("Input/real-publication.txt").path))
        #expect(!MemoryRelease.isLargeInput(TestSupport.root.appendingPathComponent("Input/publication-regionale-samenwerking-werkt.txt").path))
    }
}
