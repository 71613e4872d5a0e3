import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes a folder and everything in it, unlinking its files on several threads at once.
///
/// A run removes the output the previous run replaced while it reads and computes. Each unlink
/// waits for the file system to free the file's blocks (on a disk mounted with `discard`, a device
/// command apiece); unlinks made at once share those waits. The last unlink to finish removes the
/// folders on its lane.
/// Symbolic links are removed, never followed. Whatever cannot be removed this way (an entry made
/// meanwhile, a failure) is left to `FileManager`, and what that cannot remove stays.
struct FolderRemoval {
    /// The folders to remove once their files are gone, deepest first (`folder` last).
    let folders: [String]
    /// The folder removed.
    let folder: URL
    /// The lanes its files are unlinked on.
    let lanes: BlockingLanes

    /// Starts removing `folder`: it is read at once, then its files are handed to `lanes` (which the
    /// caller ends) to unlink, then its folders; `finish()` waits for them.
    static func start(_ folder: URL, on lanes: BlockingLanes) -> FolderRemoval {
        var found: (files: [String], folders: [String]) = ([], [])
        collect(folder.path, files: &found.files, folders: &found.folders)
        let (files, folders) = found
        let emptied = Emptying(files: files, folders: folders)
        // Read before any unlink runs: the lanes change the counts `isEmpty` reads.
        let emptyFolders = folders.indices.filter { emptied.isEmpty($0) }
        // `withCString`: the implicit conversion of a `String` argument copies it into a new array,
        // which would be the only allocation on a lane (and cost it a heap arena).
        lanes.run(all: files.indices.map { k in
            {
                _ = files[k].withCString(unlink)
                emptied.removed(inFolder: emptied.fileFolder[k])
            }
        })
        // Folders with nothing in them go at once.
        lanes.run(all: emptyFolders.map { k in { emptied.removed(inFolder: k, itself: true) } })
        return FolderRemoval(folders: folders, folder: folder, lanes: lanes)
    }

    /// Waits for the unlinks and the folders' removal; what is left then goes to `FileManager`.
    func finish() {
        lanes.drain()
        if access(folder.path, F_OK) == 0 { try? FileManager.default.removeItem(at: folder) }
    }

    /// Which folder holds each entry, and how many each still holds: the job that removes a
    /// folder's last entry removes the folder, on its lane, so that a subfolder goes while the
    /// other files are still being unlinked, and the last folder right after the last file.
    final class Emptying: @unchecked Sendable {
        /// The folders, deepest first, the removed folder last.
        let folders: [String]
        /// The index in `folders` of each file's folder.
        let fileFolder: [Int]
        /// The index of each folder's own folder; nil for the removed folder.
        let parent: [Int?]
        /// Guards `left`.
        private let lock = NSLock()
        /// The entries each folder still holds.
        private var left: [Int]

        init(files: [String], folders: [String]) {
            let index = Dictionary(folders.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let container = { (path: String) in index[String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])] }
            self.folders = folders
            // `collect` lists a file only under a folder it lists.
            fileFolder = files.map { container($0) ?? folders.count - 1 }
            parent = folders.indices.map { $0 == folders.count - 1 ? nil : container(folders[$0]) }
            var left = [Int](repeating: 0, count: folders.count)
            for k in fileFolder { left[k] += 1 }
            for case let k? in parent { left[k] += 1 }
            self.left = left
        }

        /// True when folder `k` holds nothing; read it before the first `removed`.
        func isEmpty(_ k: Int) -> Bool { left[k] == 0 }

        /// Counts an entry of folder `k` removed (or, with `itself`, `k` found empty); removes
        /// the folders left empty, up the tree.
        func removed(inFolder k: Int, itself: Bool = false) {
            var k: Int? = k
            var emptied = itself
            while let folder = k {
                if !emptied {
                    lock.lock()
                    left[folder] -= 1
                    emptied = left[folder] == 0
                    lock.unlock()
                    guard emptied else { return }
                }
                _ = folders[folder].withCString(rmdir)
                k = parent[folder]
                emptied = false
            }
        }
    }

    /// Adds every entry below `path` that is not a folder to `files`, and every folder (`path`
    /// itself last) to `folders`, each after the folders inside it.
    static func collect(_ path: String, files: inout [String], folders: inout [String]) {
        guard let stream = opendir(path) else { return }
        var inside: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            if isFolder(child, type: entry.pointee.d_type) { inside.append(child) } else { files.append(child) }
        }
        closedir(stream)
        for child in inside { collect(child, files: &files, folders: &folders) }
        folders.append(path)
    }

    /// True when the entry at `path`, of `readdir` type `type`, is a folder (not a link to one).
    private static func isFolder(_ path: String, type: UInt8) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
