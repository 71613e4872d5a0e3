import Foundation

/// The regions of one published dataset, as `regions.json` holds them: what `regiokaart diff`
/// compares.
public struct DatasetSnapshot: Sendable {
    /// Where the snapshot came from (a folder), for messages.
    var origin: String
    /// The regions in file order.
    public var regions: [RegionRecord]

    init(origin: String, regions: [RegionRecord]) {
        self.origin = origin
        self.regions = regions
    }

    /// The snapshot of a finished dataset, as it will be written.
    init(origin: String, dataset: Dataset) {
        self.init(origin: origin, regions: dataset.regions.map(RegionRecord.init))
    }

    /// Loads `<directory>/regions.json`. Throws `.missingFile` when the folder or the file is
    /// missing and `.malformed` when it is not a regions document.
    public static func load(directory: String) throws(InputError) -> DatasetSnapshot {
        let path = (directory as NSString).appendingPathComponent("regions.json")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(.missingFile, file: directory, "is not a folder with a published dataset")
        }
        let bytes = try FileBytes.read(path: path, displayName: path)
        do {
            let document = try JSONDecoder().decode(RegionsDocument.self, from: Data(bytes))
            return DatasetSnapshot(origin: directory, regions: document.regions)
        } catch {
            throw InputError(.malformed, file: path, "is not a regions.json written by regiokaart: \(Self.describe(error))")
        }
    }

    /// Loads `directory` like `load(directory:)`, but a folder without `regions.json` (the first
    /// night, when there is no previous output yet) is an empty snapshot rather than an error.
    static func loadOrEmpty(directory: String) throws(InputError) -> DatasetSnapshot {
        let path = (directory as NSString).appendingPathComponent("regions.json")
        guard FileManager.default.fileExists(atPath: path) else { return DatasetSnapshot(origin: directory, regions: []) }
        return try load(directory: directory)
    }

    /// A one-line description of a decoding error: what is wrong and where (the JSON key path).
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): context = c
        @unknown default: return "\(error)"
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
        return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription + (detail.map { " (\($0))" } ?? "")
    }
}
