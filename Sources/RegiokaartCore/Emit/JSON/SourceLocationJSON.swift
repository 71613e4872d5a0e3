/// Writes `SourceLocation`s as their synthesised `Codable` encodes them, `{"file", "line"}`, in
/// `JSONEncoder`'s pretty layout. Nearly every source of a document names the document's own file:
/// for that file the object up to its line number is rendered once per nesting level, up front,
/// and copied after; a source naming another file is rendered in full.
struct SourceLocationJSON {
    /// The file rendered up front.
    let file: String
    /// Per nesting level, the bytes of a source in `file` before its line number, and after it:
    /// level `l`'s at `head[l]` and `tail[l]` in `bytes` (one buffer: copying a part out retains nothing).
    private let bytes: [UInt8]
    private let head: [Range<Int>]
    private let tail: [Range<Int>]

    /// A writer whose sources mostly name `file`, at nesting levels below `levels`.
    init(file: String, levels: Int = 8) {
        self.file = file
        let scratch = ByteSink()
        var head: [Range<Int>] = [], tail: [Range<Int>] = []
        var start = 0
        for level in 0..<levels {
            var o = PrettyJSONObject(scratch, level: level)
            o.string("file", file)
            o.key("line")
            head.append(start..<scratch.bytes.count)
            start = scratch.bytes.count
            PrettyJSONObject(continuing: scratch, level: level).end()
            tail.append(start..<scratch.bytes.count)
            start = scratch.bytes.count
        }
        bytes = scratch.bytes
        self.head = head
        self.tail = tail
    }

    /// Whether a source naming `file` at `level` is written from the bytes rendered up front
    /// (`writeHead`, its line number, `writeTail`).
    func renders(_ file: String, level: Int) -> Bool {
        level < head.count && file == self.file
    }

    /// Writes the bytes of a source in `file` at `level` before its line number (`renders` must be true).
    @inline(__always)
    func writeHead(level: Int, into sink: ByteSink) {
        bytes.withUnsafeBufferPointer { sink.write(UnsafeBufferPointer(rebasing: $0[head[level]])) }
    }

    /// Writes the bytes of a source in `file` at `level` after its line number (`renders` must be true).
    @inline(__always)
    func writeTail(level: Int, into sink: ByteSink) {
        bytes.withUnsafeBufferPointer { sink.write(UnsafeBufferPointer(rebasing: $0[tail[level]])) }
    }

    /// Writes `source` as an object at `level` (its first line already indented).
    func write(_ source: SourceLocation, level: Int, into sink: ByteSink) {
        guard renders(source.file, level: level) else {
            var o = PrettyJSONObject(sink, level: level)
            o.string("file", source.file)
            o.int("line", source.line)
            return o.end()
        }
        writeHead(level: level, into: sink)
        sink.write(decimal: source.line)
        writeTail(level: level, into: sink)
    }
}
