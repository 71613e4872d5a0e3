import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes a folder and everything in it, unlinking its files on several threads at once.
///
/// The previous output is removed after every swap, and a run waits for that before it ends. One
/// unlink after another, each waits its turn in the file system's journal (on ext4 under load,
/// milliseconds apiece, the longest step of a small run); unlinks made at once share those waits.
/// Symbolic links are removed, never followed. Whatever cannot be removed this way (an entry made
/// meanwhile, a failure) is left to `FileManager`, and what that cannot remove stays.
struct FolderRemoval {
    /// The folders to remove once their files are gone, deepest first (`folder` last).
    let folders: [String]
    /// The folder removed.
    let folder: URL
    /// The lanes its files are unlinked on.
    let lanes: BlockingLanes

    /// Starts removing `folder`: its files are handed to `lanes` (which the caller ends) to unlink;
    /// `finish()` waits for them and removes the folders.
    static func start(_ folder: URL, on lanes: BlockingLanes) -> FolderRemoval {
        var files: [String] = []
        var folders: [String] = []
        collect(folder.path, files: &files, folders: &folders)
        // `withCString`: the implicit conversion of a `String` argument copies it into a new array,
        // which would be the only allocation on a lane (and cost it a heap arena).
        for path in files { lanes.run { _ = path.withCString(unlink) } }
        return FolderRemoval(folders: folders, folder: folder, lanes: lanes)
    }

    /// Waits for the unlinks and removes the folders; what is left then goes to `FileManager`.
    func finish() {
        lanes.drain()
        for path in folders { _ = rmdir(path) }  // deepest first
        if access(folder.path, F_OK) == 0 { try? FileManager.default.removeItem(at: folder) }
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
