import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX helpers for writes that survive a crash: write-and-fsync, fsync of a folder, and an
/// atomic exchange of two folders.
///
/// Hand-written because Foundation has no fsync for folders and no atomic exchange; each is a few
/// system calls.
enum DurableFile {
    /// A failed system call, with the path and `strerror` text.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }

        init(_ path: String, errno code: Int32 = errno) {
            self.path = path
            self.reason = String(cString: strerror(code))
        }
    }

    /// Flushes a folder's entries (new, renamed or removed names) to disk.
    static func syncDirectory(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(url.path) }
        defer { close(fd) }
        // Some file systems refuse fsync on a folder (EINVAL); the rename is still atomic there.
        guard fsync(fd) == 0 || errno == EINVAL else { throw Failure(url.path) }
    }

    /// Atomically swaps the folders `a` and `b` (both must exist). Returns false when the system or
    /// file system cannot (not Linux, or `renameat2(RENAME_EXCHANGE)` unsupported): the caller then
    /// falls back to two renames.
    static func exchange(_ a: URL, _ b: URL) throws -> Bool {
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
