import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fsyncs and closes written files in the background, on a few threads of its own, so that the
/// writers go on rendering the next file meanwhile and the file system can commit several files'
/// fsyncs together; `finish()` waits for all of them and throws the first failure.
///
/// The guarantee is the one of an fsync per file: `OutputPublisher` calls `finish()` before it
/// swaps the staging folder in, so every file is on disk before its name is published. Threads
/// rather than a dispatch queue: fsync blocks, and the queue would run only as many at once as there
/// are cores. At most `lanes` of them: a file handed over while every lane is busy waits for the
/// next free one, rather than costing a thread (and a malloc arena) of its own.
final class FileSyncer: @unchecked Sendable {
    /// A file handed over and not yet synced.
    private struct Pending {
        var fd: Int32
        var path: String
        var order: Int
        /// A folder: a file system that cannot fsync folders (EINVAL) is no failure.
        var isFolder = false
    }

    private let lanes: Int
    /// Guards everything below; lanes wait on it for the next file.
    private let condition = NSCondition()
    private let group = DispatchGroup()
    private var pending: [Pending] = []
    /// Lanes started; each takes files from `pending` until `finish()` is called and none is left.
    private var running = 0
    /// Lanes waiting for a file.
    private var idle = 0
    /// Set by `finish()`: no more files come.
    private var finished = false
    /// The first failure per file, by the order in which the files were handed over.
    private var failures: [(order: Int, error: any Error)] = []

    /// A syncer that fsyncs at most `lanes` files at once.
    init(lanes: Int = 4) {
        self.lanes = max(lanes, 1)
    }

    /// Fsyncs `fd` (the file at `path`, written completely) and closes it, in the background.
    /// `order` ranks its failure among the others' (the file's index in the output list).
    /// A folder (`isFolder`) may be one whose file system refuses fsync on folders (EINVAL): its
    /// entries are then as safe as that file system makes them.
    func syncAndClose(_ fd: Int32, path: String, order: Int, isFolder: Bool = false) {
        condition.lock()
        pending.append(Pending(fd: fd, path: path, order: order, isFolder: isFolder))
        let startsLane = idle == 0 && running < lanes
        if startsLane { running += 1 } else { condition.signal() }
        condition.unlock()
        if startsLane { startLane() }
    }

    /// Starts a thread that syncs pending files until there are none.
    private func startLane() {
        group.enter()
        let thread = Thread { [self] in
            defer { group.leave() }
            while let file = next() {
                let failed = fsync(file.fd) != 0 && !(file.isFolder && errno == EINVAL)
                    ? OutputFileWriter.WriteError(path: file.path, reason: String(cString: strerror(errno))) : nil
                close(file.fd)
                if let failed {
                    condition.lock()
                    failures.append((file.order, failed))
                    condition.unlock()
                }
            }
        }
        thread.stackSize = 64 << 10
        thread.start()
    }

    /// The next pending file, waiting for one while more may come; nil (the lane ends) once
    /// `finish()` was called and none is left.
    private func next() -> Pending? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !finished {
            idle += 1
            condition.wait()
            idle -= 1
        }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    /// Waits until every file handed over is synced and closed; throws the failure of the first
    /// file (in order) that could not be synced.
    func finish() throws {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
        group.wait()
        condition.lock()
        defer { condition.unlock() }
        if let first = failures.min(by: { $0.order < $1.order }) { throw first.error }
    }
}
