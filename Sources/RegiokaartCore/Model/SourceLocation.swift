import Synchronization

/// Where a value came from: a source file (as named in the report) and a 1-based line.
///
/// Every value of a run carries one (an archive has millions), so the file name is stored as a
/// number into `SourceFileNames`, not as a `String`: 16 bytes and no reference count instead of
/// 24 bytes and a retain and release of the name's storage each time a location is copied.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    private var fileNumber: UInt32
    /// 1-based line number; 0 when the value has no line (a whole-file finding).
    public var line: Int

    /// The file name as shown in reports (the path relative to the working directory, as given).
    public var file: String {
        get { SourceFileNames.shared.name(fileNumber) }
        set { fileNumber = SourceFileNames.shared.number(newValue) }
    }

    public init(file: String, line: Int) {
        self.fileNumber = SourceFileNames.shared.number(file)
        self.line = line
    }

    public var description: String { line > 0 ? "\(file):\(line)" : file }

    private enum CodingKeys: String, CodingKey {
        case file, line
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file), line: try container.decode(Int.self, forKey: .line))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
    }
}

/// The file names of every `SourceLocation` in the process, each stored once and numbered in the
/// order first seen. A run names a handful of files (the publication, the article, the reference
/// tables); the table only grows.
final class SourceFileNames: Sendable {
    /// The one table of the process.
    static let shared = SourceFileNames()

    private let table = Mutex<(numbers: [String: UInt32], names: [String])>(([:], []))

    /// The number of `name`, assigned on first sight.
    func number(_ name: String) -> UInt32 {
        table.withLock { table in
            if let number = table.numbers[name] { return number }
            let number = UInt32(table.names.count)
            table.names.append(name)
            table.numbers[name] = number
            return number
        }
    }

    /// The name numbered `number`.
    func name(_ number: UInt32) -> String {
        table.withLock { $0.names[Int(number)] }
    }
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
