/// Input the pipeline cannot use at all: a missing, unreadable or malformed file.
///
/// Carries the file and, where there is one, the line, so the one-line message points at the problem.
/// The command line maps it to exit code 2.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is, for tests and for programs.
    public enum Kind: String, Sendable {
        case missingFile = "missing_file"
        case unreadable
        case encoding
        case malformed
        case notAPublication = "not_a_publication"
        case outputNotWritable = "output_not_writable"
        /// Another run holds the output folder's lock (exit code 5).
        case outputLocked = "output_locked"
        /// The file is larger than `FileBytes.maximumInputBytes` (exit code 2).
        case tooLarge = "too_large"
    }

    /// What kind of failure it is; decides the exit code.
    public var kind: Kind
    var location: SourceLocation
    var message: String

    init(_ kind: Kind, file: String, line: Int = 0, _ message: String) {
        self.kind = kind
        self.location = SourceLocation(file: file, line: line)
        self.message = message
    }

    /// The file (and line), then the message: how the command line prints it.
    public var description: String { "\(location): \(message)" }
}
