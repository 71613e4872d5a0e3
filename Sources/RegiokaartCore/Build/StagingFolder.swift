import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the folder a publication writes its files into before it is swapped in: a new folder, or
/// an output an earlier publication replaced, reused.
///
/// A reused output keeps the files this publication writes again: `OutputFileWriter` writes each
/// over from its start and cuts it to its new length, so its inode and blocks stay in use. Making new
/// files instead and removing the old ones costs the file system a block allocation per file and a
/// release per block (on a disk mounted with `discard`, a device command per freed file), and on ext4
/// a search for a free inode that was not just released: for the real publication's 21 files about
/// three times the system time of writing over them (scripts/BENCHMARKS.md).
///
/// Only a plain file with no other link is written over, and only at a name this publication writes:
/// every other entry is removed first, so that nothing of the old output is published again and
/// nothing outside it is written through. That is an extra file or folder, a symbolic link (never
/// followed), a file that has other hard links (`ln Output/regions.csv archive/`: the archived copy
/// keeps its bytes), a file this process may not write, a folder where a file goes and a file where
/// a folder goes. A folder that cannot be emptied so is left as it was and a new one made instead.
enum StagingFolder {
    /// Makes `staging` (a path that does not exist) for `files`, whose folders are `subfolders`,
    /// each after its own folder (`OutputPublisher.subfolders(of:)`): `reused` renamed to it when it
    /// is a folder (not a link to one) and can be emptied of what is not written again, else a new
    /// folder. Returns true when `reused` became `staging`. Folders inside are removed on `lanes`.
    /// Throws when no folder can be made at `staging`.
    @discardableResult
    static func make(_ staging: URL, reusing reused: URL?, files: [OutputFile], subfolders: [String],
                     lanes: BlockingLanes) throws -> Bool {
        if let reused, isFolder(reused.path), rename(reused.path, staging.path) == 0 {
            do {
                try empty(staging.path, keeping: Set(files.map(\.name)), folders: subfolders, lanes: lanes)
                return true
            } catch {
                // Not emptied (an entry that cannot be removed): not used, but put back under its
                // name, where it was left before, and a new folder made. A run never fails for it.
                if rename(staging.path, reused.path) != 0 { FolderRemoval.start(staging, on: lanes).finish() }
            }
        }
        let fm = FileManager.default
        try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        for folder in subfolders {
            try fm.createDirectory(at: staging.appendingPathComponent(folder, isDirectory: true), withIntermediateDirectories: false)
        }
        return false
    }

    /// Leaves in the folder at `root` only the folders named in `folders` (made where missing) and
    /// the plain files with a single link named in `files` that this process may write (paths
    /// relative to `root`); removes every other entry, and returns once it is gone.
    static func empty(_ root: String, keeping files: Set<String>, folders: [String], lanes: BlockingLanes) throws {
        let kept = Set(folders)
        var removals: [(path: String, removal: FolderRemoval)] = []
        // Each folder after its own: an entry found where a folder goes is gone before it is made.
        for folder in [""] + folders {
            let path = folder.isEmpty ? root : root + "/" + folder
            if !folder.isEmpty, !isFolder(path) {
                if unlink(path) != 0 && errno != ENOENT { throw DurableFile.Failure(path) }
                guard mkdir(path, 0o777) == 0 else { throw DurableFile.Failure(path) }
                continue
            }
            // Listed before any is removed: a folder read while entries go may skip some.
            for name in try names(in: path) {
                let relative = folder.isEmpty ? name : folder + "/" + name
                let child = path + "/" + name
                var status = stat()
                guard lstat(child, &status) == 0 else { throw DurableFile.Failure(child) }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    if kept.contains(relative) { continue }
                    removals.append((child, FolderRemoval.start(URL(fileURLWithPath: child, isDirectory: true), on: lanes)))
                case S_IFREG where status.st_nlink == 1 && files.contains(relative) && access(child, W_OK) == 0:
                    continue
                default:
                    guard unlink(child) == 0 else { throw DurableFile.Failure(child) }
                }
            }
        }
        for (path, removal) in removals {
            removal.finish()
            // `FolderRemoval` leaves what it cannot remove; nothing of it may be published.
            if access(path, F_OK) == 0 { throw DurableFile.Failure(path, errno: ENOTEMPTY) }
        }
    }

    /// The names of the entries in the folder at `path`, but `.` and `..`.
    private static func names(in path: String) throws -> [String] {
        guard let stream = opendir(path) else { throw DurableFile.Failure(path) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// True when the entry at `path` is a folder, not a link to one.
    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
