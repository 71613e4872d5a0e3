import Foundation
import RegiokaartCore

/// Records a run in the `--sqlite` database and reports a failure to do so on standard error.
struct RunRecorder {
    let database: RunDatabase
    let configuration: BuildConfiguration
    let started: Date

    /// Opens the database before the build, so an unusable file stops the run before the output changes.
    init(path: String, configuration: BuildConfiguration, started: Date) throws(InputError) {
        database = try RunDatabase(path: path)
        self.configuration = configuration
        self.started = started
    }

    /// Records a finished build; nil (with the reason on stderr) when the database could not be written.
    func record(_ result: BuildResult) -> Int64? {
        write(.finished(result), reference: result.reference)
    }

    /// Records a build that stopped on `error`; a failure to record is reported, the run's own error stands.
    @discardableResult
    func recordFailure(_ error: InputError) -> Int64? {
        write(.failed(error), reference: nil)
    }

    private func write(_ outcome: RunOutcome, reference: ReferenceData?) -> Int64? {
        do {
            return try database.record(outcome, configuration: configuration, reference: reference, startedAt: started,
                                       sources: SourceFingerprint.inputs(of: configuration))
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            return nil
        }
    }
}
