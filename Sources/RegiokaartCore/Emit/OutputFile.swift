/// One output: a file name inside the output folder and how to render its exact bytes.
///
/// The bytes are rendered when the file is written (`write(to:)`), straight into the file in
/// chunks: the outputs of a large archive are several hundred megabytes and never sit in memory whole.
struct OutputFile: Sendable {
    var name: String
    private let render: @Sendable (ByteSink) throws -> Void
    /// When set, this file is member `member` of a batch of files rendered in one pass
    /// (`OutputBatch`), which `OutputFileWriter` writes together; `write(to:)` still renders it alone.
    var batch: (batch: OutputBatch, member: Int)?

    /// A file with these bytes.
    init(name: String, bytes: [UInt8]) {
        self.init(name: name) { $0.write(bytes) }
    }

    /// A file whose bytes `render` writes into the sink it is given.
    init(name: String, render: @escaping @Sendable (ByteSink) throws -> Void) {
        self.name = name
        self.render = render
    }

    /// Renders the file into `sink` (without finishing it).
    func write(to sink: ByteSink) throws {
        try render(sink)
    }

    /// The file's bytes, rendered in memory (for tests and small outputs). Traps if rendering fails,
    /// which only a JSON value that cannot be encoded (a non-finite number) can cause; builds use
    /// `write(to:)`, which throws instead.
    var bytes: [UInt8] {
        let sink = ByteSink()
        do { try render(sink) } catch { preconditionFailure("rendering \(name) failed: \(error)") }
        return sink.bytes
    }
}

extension OutputFile: Equatable {
    /// Same name and same bytes.
    static func == (a: OutputFile, b: OutputFile) -> Bool { a.name == b.name && a.bytes == b.bytes }
}

/// Several output files rendered in one pass (a table's CSV in each of its dialects): `render`
/// writes member `k`'s bytes into the `k`th sink it is given, the same bytes as that member's own
/// render would.
struct OutputBatch: Sendable {
    /// The members' names, in member order.
    let names: [String]
    private let render: @Sendable ([ByteSink]) throws -> Void

    init(names: [String], render: @escaping @Sendable ([ByteSink]) throws -> Void) {
        self.names = names
        self.render = render
    }

    /// Renders every member, member `k` into `sinks[k]` (without finishing them).
    func write(to sinks: [ByteSink]) throws {
        precondition(sinks.count == names.count)
        try render(sinks)
    }
}
