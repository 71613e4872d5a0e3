import Foundation

/// Puts a set of output files in place all at once, or not at all.
///
/// Every file is written into a fresh temporary folder beside the target; only when all are complete
/// is the folder renamed into place (the previous folder is moved aside first and removed after).
/// A run that fails before the rename leaves the previous output exactly as it was.
public struct OutputPublisher: Sendable {
    /// The folder the outputs belong in.
    public let directory: URL

    public init(directory: String) {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL
    }

    /// Writes `files` and swaps them in as `directory`.
    public func publish(_ files: [OutputFile]) throws(InputError) {
        let fm = FileManager.default
        let parent = directory.deletingLastPathComponent()
        let base = directory.lastPathComponent
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let staging = parent.appendingPathComponent(".\(base).tmp-\(token)")
        let retired = parent.appendingPathComponent(".\(base).old-\(token)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw InputError(.outputNotWritable, file: parent.path, "cannot hold the output: \(error.localizedDescription)")
        }
        do {
            try OutputFileWriter.writeConcurrently(files, into: staging.path)
            if fm.fileExists(atPath: directory.path) {
                try fm.moveItem(at: directory, to: retired)
            }
            try fm.moveItem(at: staging, to: directory)
            try? fm.removeItem(at: retired)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: directory.path), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: directory)
            }
            if !(error is OutputFileWriter.WriteError || error is CocoaError) {
                throw InputError(.outputNotWritable, file: directory.path, "could not be rendered: \(error)")
            }
            let reason = (error as? OutputFileWriter.WriteError)?.description ?? error.localizedDescription
            throw InputError(.outputNotWritable, file: directory.path, "cannot be written: \(reason)")
        }
    }
}
