/// Where a value came from: a source file (as named in the report) and a 1-based line.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file name as shown in reports (the path relative to the working directory, as given).
    public var file: String
    /// 1-based line number; 0 when the value has no line (a whole-file finding).
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// A value together with the place in the source it was read from.
public struct Located<Value>: Sendable where Value: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
