import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock on an output folder: `flock` on the file `.<name>.lock` beside it
/// (`Output` → `.Output.lock`).
///
/// One run holds it from start to finish, so two runs on the same output never interleave. A second
/// run waits up to `wait` seconds (default 0: it fails at once) and then fails with a message naming
/// the process that holds the lock. The lock file is left in place: deleting it would let a third
/// run lock a different file than the second. The kernel releases the lock when the holder exits,
/// even after `kill -9`, so a stale lock file never blocks anything.
final class OutputLock {
    /// The lock file's path.
    let path: String
    private var descriptor: Int32

    /// The lock file for the output folder `directory`.
    static func lockPath(for directory: String) -> String {
        let url = URL(fileURLWithPath: directory).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).lock").path
    }

    /// Takes the lock for `directory`, creating its parent folder if needed. Polls every 100 ms for
    /// up to `wait` seconds; throws `.outputLocked` when another process still holds it, and
    /// `.outputNotWritable` when the lock file cannot be created.
    init(for directory: String, wait: Double = 0) throws(InputError) {
        path = Self.lockPath(for: directory)
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw InputError(.outputNotWritable, file: directory, "cannot be created: \(parent) is not a writable folder")
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw InputError(.outputNotWritable, file: directory,
                             "cannot be locked: \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(max(0, wait))
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR, Date() < deadline else {
                let holder = Self.holder(fd)
                close(fd)
                if failure != EWOULDBLOCK && failure != EINTR {
                    throw InputError(.outputNotWritable, file: directory,
                                     "cannot be locked: \(path): \(String(cString: strerror(failure)))")
                }
                throw InputError(.outputLocked, file: directory,
                                 "is in use by another regiokaart run\(holder.map { " (pid \($0))" } ?? "") holding \(path); "
                                 + "nothing was written (pass --lock-wait SECONDS to wait for it)")
            }
            usleep(100_000)
        }
        descriptor = fd
        // Record who holds the lock, for the message a waiting run prints. Best effort.
        // Written over the previous holder's pid, then cut to length: truncating to zero first would
        // free the file's block (on a disk mounted with `discard`, a device command the run waits for).
        let pid = Array("\(getpid())\n".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        _ = ftruncate(fd, off_t(pid.count))
    }

    /// Releases the lock now (it is also released when the object goes away or the process ends).
    func release() {
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// The pid written in the lock file by its holder, if readable.
    private static func holder(_ fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
