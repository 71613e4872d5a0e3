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
enum FolderRemoval {
    /// Removes `folder` with up to `lanes` threads unlinking its files.
    static func remove(_ folder: URL, lanes: Int = 8) {
        var files: [String] = []
        var folders: [String] = []
        collect(folder.path, files: &files, folders: &folders)
        unlinkAll(files, lanes: min(max(lanes, 1), files.count))
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

    /// Unlinks `paths` on `lanes` threads (this one among them).
    private static func unlinkAll(_ paths: [String], lanes: Int) {
        guard lanes > 1 else {
            for path in paths { _ = unlink(path) }
            return
        }
        let next = NextIndex()
        let work: @Sendable () -> Void = {
            while let k = next.take(below: paths.count) { _ = unlink(paths[k]) }
        }
        let group = DispatchGroup()
        for _ in 1..<lanes {
            group.enter()
            let thread = Thread {
                work()
                group.leave()
            }
            thread.stackSize = 64 << 10
            thread.start()
        }
        work()
        group.wait()
    }

    /// Hands out the indices 0, 1, 2 … once each, to several threads.
    private final class NextIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0

        /// The next index, or nil once `count` were handed out.
        func take(below count: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
