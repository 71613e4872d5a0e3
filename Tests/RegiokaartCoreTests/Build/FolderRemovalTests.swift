import Foundation
import Testing
@testable import RegiokaartCore

/// `FolderRemoval`: the previous output removed with its files unlinked at once, links never followed.
@Suite struct FolderRemovalTests {
    /// A tree like an output folder, a few levels deep, with an empty folder and links out of it.
    static func makeTree(in root: URL, files: Int) throws -> (tree: URL, outside: URL) {
        let fm = FileManager.default
        let tree = root.appendingPathComponent("Output")
        let outside = root.appendingPathComponent("elsewhere")
        for folder in ["", "excel-nl", "maps", "a/b/c", "empty"] {
            try fm.createDirectory(at: tree.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        let folders = ["", "excel-nl", "maps", "a", "a/b/c"]
        for n in 0..<files {
            let name = "\(folders[n % folders.count])/f\(n).csv"
            try Data(repeating: UInt8(n % 256), count: 100 * n).write(to: tree.appendingPathComponent(name))
        }
        try fm.createSymbolicLink(at: tree.appendingPathComponent("maps/link-to-folder"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: tree.appendingPathComponent("link-to-file"),
                                  withDestinationURL: outside.appendingPathComponent("keep.txt"))
        try fm.createSymbolicLink(at: tree.appendingPathComponent("dangling"),
                                  withDestinationURL: root.appendingPathComponent("nothing"))
        return (tree, outside)
    }

    @Test(arguments: [1, 8])
    func removesEverythingAndFollowsNoLink(lanes: Int) throws {
        let root = try TestSupport.temporaryFolder()
        let (tree, outside) = try Self.makeTree(in: root, files: 40)
        let threads = BlockingLanes(count: lanes)
        FolderRemoval.start(tree, on: threads).finish()
        threads.finish()
        #expect(!FileManager.default.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["elsewhere"])
    }

    @Test func collectsLinksAsFilesAndFoldersDeepestFirst() throws {
        let root = try TestSupport.temporaryFolder()
        let (tree, _) = try Self.makeTree(in: root, files: 10)
        var files: [String] = []
        var folders: [String] = []
        FolderRemoval.collect(tree.path, files: &files, folders: &folders)
        let relative = { (path: String) in String(path.dropFirst(tree.path.count)) }
        #expect(files.count == 13)
        #expect(Set(files.map(relative)).isSuperset(of: ["/maps/link-to-folder", "/link-to-file", "/dangling", "/a/b/c/f4.csv"]))
        #expect(Set(folders.map(relative)) == ["", "/excel-nl", "/maps", "/a", "/a/b", "/a/b/c", "/empty"])
        #expect(folders.last == tree.path)
        for (k, folder) in folders.enumerated() {
            // Every folder inside this one comes before it.
            let inside = folders.indices.filter { folders[$0].hasPrefix(folder + "/") }
            #expect(inside.allSatisfy { $0 < k })
        }
    }

    /// The lanes remove the folders themselves, each once it is empty (without `finish()`'s
    /// fallback to `FileManager`), an empty folder and an empty tree included.
    @Test(arguments: [1, 4])
    func theLanesRemoveEveryFolderOnceItIsEmpty(lanes: Int) throws {
        let root = try TestSupport.temporaryFolder()
        let (tree, _) = try Self.makeTree(in: root, files: 23)
        let empty = root.appendingPathComponent("nothing-in-it")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        let threads = BlockingLanes(count: lanes)
        _ = FolderRemoval.start(tree, on: threads)
        _ = FolderRemoval.start(empty, on: threads)
        threads.drain()
        #expect(!FileManager.default.fileExists(atPath: tree.path))
        #expect(!FileManager.default.fileExists(atPath: empty.path))
        threads.finish()
    }

    @Test func aMissingFolderIsNoError() throws {
        let root = try TestSupport.temporaryFolder()
        let lanes = BlockingLanes(count: 2)
        FolderRemoval.start(root.appendingPathComponent("not-there"), on: lanes).finish()
        lanes.finish()
        #expect(FileManager.default.fileExists(atPath: root.path))
    }
}
