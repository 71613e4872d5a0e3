#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Renders an `OutputFile` straight into a file on disk, a chunk at a time.
///
/// POSIX `open`/`write` rather than `Data.write`: the renderers hand over chunks (`ByteSink`), which go
/// to the file without being copied into a `Data` first. A file that is already there (in a reused
/// staging folder, which `StagingFolder` left only plain files with no other links in) is written
/// over from its start, in whole blocks of the file system, and cut to its new length: its inode and
/// blocks are kept rather than freed and allocated anew.
enum OutputFileWriter {
    /// A file-system failure while writing, with the system's message.
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    /// Writes `file`'s bytes into the file at `path` (see `open(_:)`) and fsyncs it. Rendering
    /// errors are passed on as they are; file-system errors become `WriteError`.
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
            for k in sinks.indices { try finish(sinks[k], fd: fds[k], path: paths[k]) }
        } catch {
            for fd in fds { close(fd) }
            throw error
        }
        for k in fds.indices { syncer.syncAndClose(fds[k], path: paths[k], order: orders[k]) }
    }

    /// Opens the file at `path` for writing from its start: a new file, or a plain file of a reused
    /// staging folder (never through a symbolic link); returns its open descriptor.
    private static func open(_ path: String) throws -> Int32 {
        let fd = systemOpen(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        return fd
    }

    /// Writes `file`'s bytes into the file at `path` (see `open(_:)`); returns the open descriptor
    /// (closed on failure).
    private static func create(_ file: OutputFile, at path: String) throws -> Int32 {
        let fd = try open(path)
        let sink = sink(into: fd, path: path)
        do {
            try file.write(to: sink)
            try finish(sink, fd: fd, path: path)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Drains `sink` and cuts the file `fd` (at `path`, for errors) to what it wrote: a file written
    /// over may have been longer.
    private static func finish(_ sink: ByteSink, fd: Int32, path: String) throws {
        try sink.finish()
        guard ftruncate(fd, lseek(fd, 0, SEEK_CUR)) == 0 else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// A sink that writes its chunks into the open file `fd` (at `path`, for errors), in whole
    /// blocks of its file system but the last (`ByteSink`'s alignment).
    private static func sink(into fd: Int32, path: String) -> ByteSink {
        var status = stat()
        let block = fstat(fd, &status) == 0 ? Int(status.st_blksize) : 1
        return ByteSink(alignment: block) { chunk in
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
