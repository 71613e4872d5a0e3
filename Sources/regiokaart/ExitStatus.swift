import ArgumentParser

/// The exit codes of `regiokaart`, documented in the README.
enum ExitStatus {
    /// The dataset was published.
    static let published = ExitCode(0)
    /// Error-level findings (or warnings under `--strict`): nothing published.
    static let rejected = ExitCode(1)
    /// Unusable input: a missing, unreadable or malformed file, or no cards at all.
    static let unusableInput = ExitCode(2)
    /// The output folder cannot be written.
    static let outputFailure = ExitCode(4)
}
