import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX helpers for writes that survive a crash: fsync of a folder, one sync of a whole file
/// system, and an atomic exchange of two folders.
///
/// Hand-written because Foundation has no fsync for folders, no `syncfs` and no atomic exchange;
/// each is a few system calls.
public enum DurableFile {
    /// A failed system call, with the path and `strerror` text.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }

        init(_ path: String, errno code: Int32 = errno) {
            self.path = path
            self.reason = String(cString: strerror(code))
        }
    }

    /// Flushes a folder's entries (new, renamed or removed names) to disk.
    public static func syncDirectory(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(url.path) }
        defer { close(fd) }
        // Some file systems refuse fsync on a folder (EINVAL); the rename is still atomic there.
        guard fsync(fd) == 0 || errno == EINVAL else { throw Failure(url.path) }
    }

    /// Opens the folder at `url` for `syncFileSystem` (read-only; the caller closes it).
    static func openFolder(_ url: URL) throws -> Int32 {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(url.path) }
        return fd
    }

    /// Linux's `syncfs`, looked up at run time (Swift's Glibc module leaves it out); nil elsewhere.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// True where `syncFileSystem` works (Linux).
    static var canSyncFileSystem: Bool { syncfs != nil }

    /// Writes every file of the file system that holds the folder `fd` (`path`) to disk and waits:
    /// one journal commit for all of a run's files instead of one per file. Throws when a write-back
    /// on that file system failed since `fd` was opened (Linux 5.8 and later report those), so open
    /// the folder before writing the files it must cover.
    static func syncFileSystem(_ fd: Int32, path: String) throws {
        guard let syncfs else { throw Failure(path, errno: ENOSYS) }
        guard syncfs(fd) == 0 else { throw Failure(path) }
    }

    /// Atomically swaps the folders `a` and `b` (both must exist). Returns false when the system or
    /// file system cannot (not Linux, or `renameat2(RENAME_EXCHANGE)` unsupported): the caller then
    /// falls back to two renames.
    public static func exchange(_ a: URL, _ b: URL) throws -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        // renameat2 is in glibc ≥ 2.28 but not in Swift's Glibc module; look it up at run time.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2  // RENAME_EXCHANGE from <linux/fs.h>
        if renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, renameExchange) == 0 { return true }
        let code = errno
        if code == EINVAL || code == ENOSYS || code == ENOTSUP { return false }
        throw Failure(a.path, errno: code)
        #else
        return false
        #endif
    }
}
