import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fsyncs and closes written files in the background, each on a thread of its own, so that the
/// writers go on rendering the next file meanwhile and the file system can commit many files'
/// fsyncs together; `finish()` waits for all of them and throws the first failure.
///
/// The guarantee is the one of an fsync per file: `OutputPublisher` calls `finish()` before it
/// fsyncs the staging folder and swaps it in, so every file is on disk before its name is
/// published. Threads rather than a dispatch queue: fsync blocks, and the queue would run only
/// as many at once as there are cores, which is what this avoids.
final class FileSyncer: @unchecked Sendable {
    private let lock = NSLock()
    private let group = DispatchGroup()
    /// The first failure per file, by the order in which the files were handed over.
    private var failures: [(order: Int, error: any Error)] = []

    /// Fsyncs `fd` (the file at `path`, written completely) and closes it, in the background.
    /// `order` ranks its failure among the others' (the file's index in the output list).
    func syncAndClose(_ fd: Int32, path: String, order: Int) {
        group.enter()
        let thread = Thread { [self] in
            defer { group.leave() }
            let failed = fsync(fd) != 0 ? OutputFileWriter.WriteError(path: path, reason: String(cString: strerror(errno))) : nil
            close(fd)
            if let failed {
                lock.lock()
                failures.append((order, failed))
                lock.unlock()
            }
        }
        thread.stackSize = 64 << 10
        thread.start()
    }

    /// Waits until every file handed over is synced and closed; throws the failure of the first
    /// file (in order) that could not be synced.
    func finish() throws {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        if let first = failures.min(by: { $0.order < $1.order }) { throw first.error }
    }
}
