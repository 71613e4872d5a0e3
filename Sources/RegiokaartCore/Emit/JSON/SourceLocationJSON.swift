/// Writes `SourceLocation`s as their synthesised `Codable` encodes them, `{"file", "line"}`, in
/// `JSONEncoder`'s pretty layout. Nearly every source of a document names the document's own file:
/// for that file the object up to its line number is rendered once per nesting level, up front,
/// and copied after; a source naming another file is rendered in full.
struct SourceLocationJSON {
    /// The file rendered up front.
    let file: String
    /// Per nesting level, the bytes of a source in `file` before its line number, and after it.
    private let heads: [[UInt8]]
    private let tails: [[UInt8]]

    /// A writer whose sources mostly name `file`, at nesting levels below `levels`.
    init(file: String, levels: Int = 8) {
        self.file = file
        heads = (0..<levels).map { level in
            let scratch = ByteSink()
            var o = PrettyJSONObject(scratch, level: level)
            o.string("file", file)
            o.key("line")
            return scratch.bytes
        }
        tails = (0..<levels).map { level in
            let scratch = ByteSink()
            PrettyJSONObject(continuing: scratch, level: level).end()
            return scratch.bytes
        }
    }

    /// Writes `source` as an object at `level` (its first line already indented).
    func write(_ source: SourceLocation, level: Int, into sink: ByteSink) {
        guard level < heads.count, source.file == file else {
            var o = PrettyJSONObject(sink, level: level)
            o.string("file", source.file)
            o.int("line", source.line)
            return o.end()
        }
        heads[level].withUnsafeBufferPointer { sink.write($0) }
        sink.write(decimal: source.line)
        tails[level].withUnsafeBufferPointer { sink.write($0) }
    }
}
