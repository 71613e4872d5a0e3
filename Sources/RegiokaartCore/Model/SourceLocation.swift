/// Where a value came from: a source file (as named in the report) and a 1-based line.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file name as shown in reports (the path relative to the working directory, as given).
    var file: String
    /// 1-based line number; 0 when the value has no line (a whole-file finding).
    var line: Int

    init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or the file alone for a whole-file finding.
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}
