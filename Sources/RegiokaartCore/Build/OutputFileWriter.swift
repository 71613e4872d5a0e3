#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Renders an `OutputFile` straight into a file on disk, a chunk at a time.
///
/// POSIX `open`/`write` rather than `Data.write`: the renderers hand over chunks (`ByteSink`), which go
/// to the file without being copied into a `Data` first.
enum OutputFileWriter {
    /// A file-system failure while writing, with the system's message.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// Creates the file at `path` (which must not exist yet), writes `file`'s bytes into it and
    /// fsyncs it. Rendering errors are passed on as they are; file-system errors become `WriteError`.
    static func write(_ file: OutputFile, to path: String) throws {
        let fd = try create(file, at: path)
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Writes `file` as `write(_:to:)` does, but hands the fsync and the close to `syncer`, so that
    /// the caller can go on with the next file; `order` ranks a failure among the syncer's files.
    static func write(_ file: OutputFile, to path: String, syncer: FileSyncer, order: Int) throws {
        syncer.syncAndClose(try create(file, at: path), path: path, order: order)
    }

    /// Writes every member of `batch` (member `k` to `paths[k]`) in one rendering pass, handing
    /// each file's fsync and close to `syncer` as `write(_:to:syncer:order:)` does; `orders[k]`
    /// ranks a failure of member `k` among the syncer's files.
    static func write(_ batch: OutputBatch, to paths: [String], syncer: FileSyncer, orders: [Int]) throws {
        var fds: [Int32] = []
        var sinks: [ByteSink] = []
        do {
            for path in paths {
                let fd = try open(path)
                fds.append(fd)
                sinks.append(sink(into: fd, path: path))
            }
            try batch.write(to: sinks)
            for sink in sinks { try sink.finish() }
        } catch {
            for fd in fds { close(fd) }
            throw error
        }
        for k in fds.indices { syncer.syncAndClose(fds[k], path: paths[k], order: orders[k]) }
    }

    /// Creates the file at `path`, which must not exist yet; returns its open descriptor.
    private static func open(_ path: String) throws -> Int32 {
        let fd = systemOpen(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        return fd
    }

    /// Creates the file at `path` (which must not exist yet) and writes `file`'s bytes into it;
    /// returns the open descriptor (closed on failure).
    private static func create(_ file: OutputFile, at path: String) throws -> Int32 {
        let fd = try open(path)
        let sink = sink(into: fd, path: path)
        do {
            try file.write(to: sink)
            try sink.finish()
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// A sink that writes its chunks into the open file `fd` (at `path`, for errors).
    private static func sink(into fd: Int32, path: String) -> ByteSink {
        ByteSink { chunk in
            var offset = 0
            while offset < chunk.count {
                let written = systemWrite(fd, chunk.baseAddress! + offset, chunk.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Writes every file of `files` into `directory`, several at a time: the files are rendered
    /// independently from the same finished dataset, and `regions.json` alone is about a third of the work.
    /// Throws the first failure (in file order).
    /// With `writeBatch`, the members of a batch (`OutputFile.batch`) are written together by it, in
    /// the turn of the batch's first member; without, each file is written alone by `writeFile`.
    static func writeConcurrently(_ files: [OutputFile], into directory: URL,
                                  using writeFile: OutputPublisher.FileWriter,
                                  batches writeBatch: BatchWriter? = nil) throws {
        let failures = ConcurrentResults<any Error>(count: files.count)
        // Largest first (regions.json, then the pair list), so the other core takes the rest.
        // `isDirectory: false`: without it, `appendingPathComponent` stats each new path (one more
        // system call per file, on the rendering threads) to learn whether it is a folder.
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do {
                if let writeBatch, let entry = files[index].batch {
                    // The batch's other members are written in the first member's turn.
                    if entry.member == 0 {
                        try writeBatch(entry.batch, entry.batch.names.map { directory.appendingPathComponent($0, isDirectory: false) })
                    }
                } else {
                    try writeFile(directory.appendingPathComponent(files[index].name, isDirectory: false), files[index])
                }
            } catch {
                failures.set(error, at: index)
            }
        }
        if let first = files.indices.lazy.compactMap({ failures.value(at: $0) }).first { throw first }
    }

    /// Writes every member of a batch, member `k` at the `k`th URL.
    typealias BatchWriter = @Sendable (_ batch: OutputBatch, _ urls: [URL]) throws -> Void

    private static func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        #if canImport(Glibc)
        Glibc.open(path, flags, mode)
        #else
        Darwin.open(path, flags, mode)
        #endif
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }
}
