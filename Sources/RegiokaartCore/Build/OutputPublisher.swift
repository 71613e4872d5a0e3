import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a set of output files in place all at once, or not at all.
///
/// Every file is written (and fsynced) into a temporary folder `.<name>.tmp-<pid>-<random>` beside
/// the target (`StagingFolder`: a new one, or an output an earlier publication replaced, emptied of
/// what is not written again); only when all are complete is the folder swapped into place: on Linux with one
/// atomic `renameat2(RENAME_EXCHANGE)`, elsewhere by moving the previous folder aside to
/// `.<name>.old-<token>` and renaming the new one in. The parent folder is fsynced after the swap.
/// A run that fails or is killed before the swap leaves the previous output exactly as it was; what
/// a killed run leaves beside it is cleaned up by `recoverLeftovers()` at the start of the next run.
///
/// The output a publication replaces is renamed `.<name>.removing-<token>` and left for the next
/// run (`recoverLeftovers()` lists it), whose publication writes into it (`publish(_:reusing:)`);
/// any others are removed while the run reads and computes: each unlink waits for the file system
/// to free the file's blocks (on a disk mounted with `discard`, a device command apiece, ~0.5 ms a
/// file here), which would otherwise be the last thing a run waits for.
///
/// The caller holds the folder's `OutputLock` (as `BuildJob.run` does), so no other run's temporary
/// folder is ever mistaken for a leftover.
struct OutputPublisher: Sendable {
    /// Writes one file; the seam through which tests inject a failure mid-write.
    typealias FileWriter = @Sendable (_ url: URL, _ file: OutputFile) throws -> Void

    /// The folder the outputs belong in.
    let directory: URL
    /// Nil for the default: `OutputFileWriter`, with the fsyncs in the background (`FileSyncer`).
    let writeFile: FileWriter?

    /// A publisher for `directory` that writes each file with `writeFile` (default: render straight into
    /// a new file, fsynced in the background while the next file is rendered; every file is synced
    /// before the folder is).
    init(directory: String, writeFile: FileWriter? = nil) {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL
        self.writeFile = writeFile
    }

    var parent: URL { directory.deletingLastPathComponent() }
    var stagingPrefix: String { ".\(directory.lastPathComponent).tmp-" }
    var retiredPrefix: String { ".\(directory.lastPathComponent).old-" }
    var removingPrefix: String { ".\(directory.lastPathComponent).removing-" }

    /// Writes `files` and swaps them in as `directory`; into `reused` (an output this folder's
    /// publications replaced, `reusable(in:)`) when it can be made the staging folder.
    func publish(_ files: [OutputFile], reusing reused: URL? = nil) throws(InputError) {
        let fm = FileManager.default
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        // Folders, said so: `appendingPathComponent` would otherwise stat each path to find out.
        let staging = parent.appendingPathComponent(stagingPrefix + token, isDirectory: true)
        let retired = parent.appendingPathComponent(retiredPrefix + token, isDirectory: true)
        let removing = parent.appendingPathComponent(removingPrefix + token, isDirectory: true)
        // One set of threads for the blocking calls: the files' fsyncs (and the removal of what a
        // reused folder holds that is not written again, and, when it cannot be left for the next
        // run, of the previous output). None outlives the publication.
        let lanes = BlockingLanes(count: 4)
        defer { lanes.finish() }
        let subfolders = Self.subfolders(of: files)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try StagingFolder.make(staging, reusing: reused, files: files, subfolders: subfolders, lanes: lanes)
        } catch {
            try? fm.removeItem(at: staging)
            throw InputError(.outputNotWritable, file: directory.path, "cannot be written: \(parent.path) cannot hold it (\(Self.reason(error)))")
        }
        do {
            let folders = [staging] + subfolders.map { staging.appendingPathComponent($0, isDirectory: true) }
            try write(files, into: staging, folders: folders, lanes: lanes)
            var isDirectory: ObjCBool = false
            // The previous output, when it cannot be left for the next run: its files unlinked on
            // the lanes while the parent folder is synced, and waited for before `publish` returns.
            var previousRemoval: FolderRemoval?
            defer { previousRemoval?.finish() }
            if fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw DurableFile.Failure(directory.path, errno: ENOTDIR)
                }
                // `staging` holds the previous output after an exchange; `retired` after the two renames.
                let previous = try DurableFile.exchange(staging, directory) ? staging : retired
                if previous == retired {
                    try fm.moveItem(at: directory, to: retired)
                    try fm.moveItem(at: staging, to: directory)
                }
                // Renamed before the parent folder is synced: one sync covers the swap and the name.
                if rename(previous.path, removing.path) != 0 {
                    previousRemoval = FolderRemoval.start(previous, on: lanes)
                }
            } else {
                try fm.moveItem(at: staging, to: directory)
            }
            try DurableFile.syncDirectory(parent)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: directory.path), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: directory)
            }
            throw InputError(.outputNotWritable, file: directory.path, "cannot be written: \(Self.reason(error)); the previous output is unchanged")
        }
    }

    /// The folders inside the output that `files` need, each after its own folder: `excel-nl` for
    /// `excel-nl/regions.csv`, `a` then `a/b` for `a/b/c.txt`.
    static func subfolders(of files: [OutputFile]) -> [String] {
        // The part before the last "/" (the names are relative, with "/" between folders).
        func container(_ path: Substring) -> Substring { path[..<(path.lastIndex(of: "/") ?? path.startIndex)] }
        var folders = Set<String>()
        for file in files {
            var folder = container(file.name[...])
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                folder = container(folder)
            }
        }
        // Shorter first puts each folder after its own; the names then fix the order.
        return folders.sorted { ($0.count, $0) < ($1.count, $1) }
    }

    /// Writes every file into `staging`; returns once all are on disk (fsynced), and the entries of
    /// `folders` (`staging` and the folders in it) too.
    private func write(_ files: [OutputFile], into staging: URL, folders: [URL], lanes: BlockingLanes) throws {
        if let writeFile {
            try OutputFileWriter.writeConcurrently(files, into: staging, using: writeFile)
            for folder in folders { try DurableFile.syncDirectory(folder) }
            return
        }
        let syncer = FileSyncer(on: lanes)
        let order = Dictionary(files.enumerated().map { ($1.name, $0) }, uniquingKeysWith: min)
        let written = Result {
            try OutputFileWriter.writeConcurrently(files, into: staging, using: { url, file in
                try OutputFileWriter.write(file, to: url.path, syncer: syncer, order: order[file.name] ?? 0)
            }, batches: { batch, urls in
                try OutputFileWriter.write(batch, to: urls.map(\.path), syncer: syncer, orders: batch.names.map { order[$0] ?? 0 })
            })
            // The folders' entries are synced beside the files' data: both must be on disk before
            // the swap, in either order. Each folder holds names of its own (`excel-nl/regions.csv`
            // is an entry of `excel-nl`, not of `staging`).
            for (k, folder) in folders.enumerated() {
                let fd = open(folder.path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { throw DurableFile.Failure(folder.path) }
                syncer.syncAndClose(fd, path: folder.path, order: files.count + k, isFolder: true)
            }
        }
        // Waited for even after a failed write: no fsync is left running when the staging folder goes.
        let synced = Result { try syncer.finish() }
        try written.get()
        try synced.get()
    }

    /// What `recoverLeftovers()` did and found beside the output folder.
    struct Leftovers {
        /// One sentence per action on an interrupted run's leftovers, for the run to report.
        var notes: [String] = []
        /// The outputs earlier publications replaced (`.<name>.removing-*`), for the caller to remove;
        /// all but the one in `reusable` of each folder.
        var replaced: [URL] = []
        /// For each folder, one output its publications replaced (the first by name), kept back
        /// from `replaced` for its next publication to write into (`reusable(in:)`).
        var reusable: [URL] = []
    }

    /// The one of `candidates` (`Leftovers.reusable`) that an earlier publication of this folder
    /// replaced, if any.
    func reusable(in candidates: [URL]) -> URL? {
        candidates.first { $0.lastPathComponent.hasPrefix(removingPrefix) && $0.deletingLastPathComponent().path == parent.path }
    }

    /// Cleans up after a run that was killed mid-publish: removes its temporary folders
    /// (`.<name>.tmp-*`) and, if the output folder itself is missing (killed between the two renames
    /// of the fallback swap), restores the newest `.<name>.old-*`; says so in `notes`. Lists in
    /// `replaced` the outputs earlier runs left to be removed (not reported: that is their normal
    /// course), keeping one back in `reusable`. Call only while holding the folder's `OutputLock`.
    func recoverLeftovers() -> Leftovers {
        Self.recoverLeftovers([self])
    }

    /// `recoverLeftovers()` of each of `publishers`, in order, with one read of each parent folder
    /// they share (the output folder and its `.failed` sibling): the parent may be a folder of
    /// thousands (/tmp), and reading it is most of the cost when nothing was left over.
    static func recoverLeftovers(_ publishers: [OutputPublisher]) -> Leftovers {
        var found = Leftovers()
        var start = 0
        while start < publishers.count {
            let parent = publishers[start].parent.path
            var end = start + 1
            while end < publishers.count && publishers[end].parent.path == parent { end += 1 }
            let group = publishers[start..<end]
            if let names = names(in: parent, withPrefixes: group.flatMap { [$0.stagingPrefix, $0.retiredPrefix, $0.removingPrefix] }) {
                for (k, publisher) in group.enumerated() {
                    found.notes += publisher.recoverLeftovers(staged: names[3 * k], retired: names[3 * k + 1])
                    let replaced = names[3 * k + 2].sorted().map { publisher.parent.appendingPathComponent($0, isDirectory: true) }
                    found.reusable += replaced.prefix(1)
                    found.replaced += replaced.dropFirst()
                }
            }
            start = end
        }
        return found
    }

    /// `recoverLeftovers()` given the names in the parent folder that start with `stagingPrefix`
    /// (`staged`) and with `retiredPrefix` (`retired`).
    private func recoverLeftovers(staged: [String], retired: [String]) -> [String] {
        let fm = FileManager.default
        var notes: [String] = []
        let staged = staged.sorted()
        var retired = retired.sorted { a, b in
            modified(a) > modified(b)
        }
        if !fm.fileExists(atPath: directory.path), let newest = retired.first {
            do {
                try fm.moveItem(at: parent.appendingPathComponent(newest), to: directory)
                notes.append("restored \(directory.lastPathComponent) from \(newest), left by an interrupted run")
                retired.removeFirst()
            } catch {
                notes.append("could not restore \(directory.lastPathComponent) from \(newest): \(Self.reason(error))")
            }
        }
        for name in staged + retired {
            do {
                try fm.removeItem(at: parent.appendingPathComponent(name))
                notes.append("removed \(parent.appendingPathComponent(name).path), left by an interrupted run")
            } catch {
                notes.append("could not remove \(name), left by an interrupted run: \(Self.reason(error))")
            }
        }
        return notes
    }

    /// The names in `folder` that start with each of `prefixes` (a list per prefix, in folder
    /// order); nil when the folder cannot be read. On the entries' bytes (`readdir`): the parent may
    /// be a folder of thousands (/tmp), of which only a leftover's name needs to become a `String`.
    static func names(in folder: String, withPrefixes prefixes: [String]) -> [[String]]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        let wanted = prefixes.map { Array($0.utf8) }
        var found = [[String]](repeating: [], count: prefixes.count)
        while let entry = readdir(stream) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let name = raw.bindMemory(to: UInt8.self)
                for k in wanted.indices where Self.starts(name, with: wanted[k]) {
                    let length = name.firstIndex(of: 0) ?? name.count
                    found[k].append(String(decoding: UnsafeBufferPointer(rebasing: name.prefix(length)), as: UTF8.self))
                }
            }
        }
        return found
    }

    /// True when the NUL-terminated `name` starts with `prefix` (which holds no NUL).
    private static func starts(_ name: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
        guard prefix.count <= name.count else { return false }
        for i in prefix.indices where name[i] != prefix[i] { return false }
        return true
    }

    private func modified(_ name: String) -> Date {
        let attributes = try? FileManager.default.attributesOfItem(atPath: parent.appendingPathComponent(name).path)
        return attributes?[.modificationDate] as? Date ?? .distantPast
    }

    /// A short reason for a file-system error.
    static func reason(_ error: any Error) -> String {
        if let failure = error as? DurableFile.Failure { return failure.reason }
        if let failure = error as? OutputFileWriter.WriteError { return failure.description }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
