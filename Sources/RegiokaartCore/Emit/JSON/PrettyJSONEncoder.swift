import Foundation

/// Encodes any `Encodable` value to exactly the bytes Foundation's `JSONEncoder` produces with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (keys sorted by their UTF-8 bytes,
/// `"key" : value`, two-space indentation, `[\n\n]` for empty containers, the same string escapes
/// and number formatting), but streamed into a `ByteSink` instead of built as one `Data`.
///
/// Hand-written because `JSONEncoder` builds a tree of the whole document first: for the
/// `regions.json` of a 1000-copy archive (~300 MB) that took most of the run and several times
/// the document's size in memory. Here keyed containers collect their (still unencoded) values
/// and write them in key order when the value that owns them is done; unkeyed containers write
/// their elements as they come, so a large array streams. `Date`, `Data`, `URL` and `Decimal`
/// are delegated to `JSONEncoder` value by value, so their strategies match too.
/// `PrettyJSONEncoderTests` compares the output with `JSONEncoder`'s on the real records.
public struct PrettyJSONEncoder: Sendable {
    public init() {}

    /// Writes `value` into `sink` (no trailing newline, like `JSONEncoder`).
    public func encode<T: Encodable>(_ value: T, into sink: ByteSink) throws {
        let writer = JSONStreamWriter(sink: sink)
        try writer.writeTopLevel(value)
    }

    /// The bytes of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = ByteSink()
        try encode(value, into: sink)
        return sink.bytes
    }

    /// The `JSONEncoder` this one reproduces, used for the few types it delegates.
    static func reference() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
