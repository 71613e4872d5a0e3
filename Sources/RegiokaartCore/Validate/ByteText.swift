/// A finding's text built as bytes: a finding on an archive joins dozens of ids, and appending
/// `String`s one by one (or their `utf8` views byte by byte) costs far more than copying their bytes.
struct ByteText {
    private var bytes: [UInt8] = []

    init() {}

    /// Appends the bytes of `text`.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// The text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
