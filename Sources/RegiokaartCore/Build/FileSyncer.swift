import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fsyncs and closes written files in the background, on the lanes of a `BlockingLanes`, so that
/// the writers go on rendering the next file meanwhile and the file system can commit several
/// files' fsyncs together; `finish()` waits for all of them and throws the first failure.
///
/// The guarantee is the one of an fsync per file: `OutputPublisher` calls `finish()` before it
/// swaps the staging folder in, so every file is on disk before its name is published. A file
/// handed over while every lane is busy waits for the next free one, rather than costing a thread.
final class FileSyncer: @unchecked Sendable {
    private let lanes: BlockingLanes
    /// True when the lanes are this syncer's own, ended by `finish()`.
    private let ownsLanes: Bool
    /// Guards `failures`.
    private let lock = NSLock()
    /// The first failure per file, by the order in which the files were handed over.
    private var failures: [(order: Int, error: any Error)] = []

    /// A syncer that fsyncs at most `lanes` files at once, on lanes of its own.
    convenience init(lanes: Int = 4) {
        self.init(on: BlockingLanes(count: lanes), ownsLanes: true)
    }

    /// A syncer that fsyncs on `lanes`, which the caller goes on using after `finish()` and ends.
    init(on lanes: BlockingLanes, ownsLanes: Bool = false) {
        self.lanes = lanes
        self.ownsLanes = ownsLanes
    }

    /// Fsyncs `fd` (the file at `path`, written completely) and closes it, in the background.
    /// `order` ranks its failure among the others' (the file's index in the output list).
    /// A folder (`isFolder`) may be one whose file system refuses fsync on folders (EINVAL): its
    /// entries are then as safe as that file system makes them.
    func syncAndClose(_ fd: Int32, path: String, order: Int, isFolder: Bool = false) {
        lanes.run { [self] in
            let synced = fsync(fd) == 0 || (isFolder && errno == EINVAL)
            let code = errno
            close(fd)
            if !synced {
                let failure = OutputFileWriter.WriteError(path: path, reason: String(cString: strerror(code)))
                lock.lock()
                failures.append((order, failure))
                lock.unlock()
            }
        }
    }

    /// Waits until every file handed over is synced and closed; throws the failure of the first
    /// file (in order) that could not be synced.
    func finish() throws {
        if ownsLanes { lanes.finish() } else { lanes.drain() }
        lock.lock()
        defer { lock.unlock() }
        if let first = failures.min(by: { $0.order < $1.order }) { throw first.error }
    }
}
