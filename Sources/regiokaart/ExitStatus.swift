import ArgumentParser
import RegiokaartCore

/// The exit codes of `regiokaart`, documented in the README.
enum ExitStatus {
    /// The dataset was published.
    static let published = ExitCode(0)
    /// Error-level findings (or warnings under `--strict`): nothing published.
    static let rejected = ExitCode(1)
    /// `where`: a name was not found (nearest names suggested).
    static let notFound = ExitCode(1)
    /// Unusable input: a missing, unreadable or malformed file, or no cards at all.
    static let unusableInput = ExitCode(2)
    /// `diff`, and `build --previous` after publishing: the data changed.
    static let changed = ExitCode(3)
    /// The output folder cannot be written.
    static let outputFailure = ExitCode(4)
    /// Another run holds the output folder's lock: nothing was done.
    static let locked = ExitCode(5)

    /// The exit code for an input error: 4 when the output cannot be written, 5 when it is locked,
    /// 2 for everything else.
    static func code(for error: InputError) -> ExitCode {
        switch error.kind {
        case .outputNotWritable: outputFailure
        case .outputLocked: locked
        default: unusableInput
        }
    }
}
