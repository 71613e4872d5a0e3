import Foundation

/// A publication in progress: the temporary folder beside the output that `OutputPublisher.stage()`
/// made, filled in one or more batches (from more than one thread at once), then swapped in whole
/// (`publish()`) or removed (`discard()`). Nothing in it is visible as output before `publish()`.
struct OutputStaging: Sendable {
    /// The publisher of the output folder this staging folder will replace.
    let publisher: OutputPublisher
    /// The temporary folder (`.<name>.tmp-<token>`).
    let folder: URL
    /// The token that names this run's temporary folders.
    let token: String

    /// Writes `files` into the folder; returns once each is on disk (fsynced). Batches of different
    /// files may be written at the same time. On failure the caller discards the staging folder.
    func write(_ files: [OutputFile]) throws(InputError) {
        try publisher.write(files, intoStaging: folder)
    }

    /// Swaps the folder in as the output: every batch must have been written.
    func publish() throws(InputError) {
        try publisher.swapIn(folder, token: token)
    }

    /// Removes the folder and everything written into it; the output is left as it was.
    func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
