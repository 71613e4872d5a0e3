/// The output tables that are final before the run ends, written ahead into the output's staging
/// folder on another core while the run goes on (the mention steps), then published with the rest
/// of the files, or discarded when the run does not publish.
///
/// Nothing is visible as output before `publish(with:)` swaps the whole folder in: a run that fails
/// or is rejected leaves the previous output as it was, as when every file is written at the end.
final class SettledTables: Sendable {
    private let staging: OutputStaging
    /// The names of the files written ahead.
    private let names: Set<String>
    private let written: BackgroundValue<Void>

    /// Starts writing `files` into a new staging folder of `publisher`'s output; nil when the staging
    /// folder cannot be made (the run then publishes at the end, and reports the failure there).
    init?(_ files: [OutputFile], publisher: OutputPublisher) {
        guard let staging = try? publisher.stage() else { return nil }
        self.staging = staging
        names = Set(files.map(\.name))
        written = BackgroundValue { () throws(InputError) in try staging.write(files) }
    }

    /// Writes those of `files` not written ahead (the settled ones must be among `files`, with the
    /// same names), waits for the ones written ahead, and swaps the folder in as the output. On
    /// failure the staging folder is removed and the previous output is left as it was.
    func publish(with files: [OutputFile]) throws(InputError) {
        let rest = files.filter { !names.contains($0.name) }
        do throws(InputError) {
            let restWritten = Result { () throws(InputError) in try staging.write(rest) }
            try written.value()  // waited for even after a failure: no writer outlives the run
            try restWritten.get()
        } catch {
            staging.discard()
            throw error
        }
        try staging.publish()
    }

    /// Waits for the files written ahead and removes the staging folder.
    func discard() {
        _ = try? written.value()
        staging.discard()
    }
}
