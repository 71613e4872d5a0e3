/// Writes `issues.json` (an `IssuesDocument`) straight into a `ByteSink`: exactly the bytes
/// Foundation's `JSONEncoder` writes for it (pretty-printed, sorted keys, slashes unescaped), without going through `Encodable`.
///
/// Hand-written for the same reason as `RegionsJSONWriter`: a large archive has hundreds of
/// thousands of findings. Keys are in `.sortedKeys` order and nil optionals are left out;
/// `IssuesJSONWriterTests` compares the bytes with the generic encoder's on real and hostile findings.
struct IssuesJSONWriter {
    let sink: ByteSink
    /// The source files' JSON strings (most findings name the same file).
    private let files = LastJSONString()

    init(sink: ByteSink) {
        self.sink = sink
    }

    /// The document for `issues`, already in report order (no trailing newline).
    func writeDocument(_ issues: some RandomAccessCollection<Issue>) {
        writeDocument(issues, counts: IssuesDocument.counts(issues))
    }

    /// The document for a log's findings in report order: their severities counted where the log
    /// keeps them (rebuilding each finding only to count it cost as much as writing it).
    func writeDocument(_ issues: FindingsInReportOrder) {
        writeDocument(issues, counts: IssuesDocument.counts(severities: issues.indices.lazy.map { issues.recorded($0, \.severity) }))
    }

    /// The document for `issues`, of which `counts` (`IssuesDocument.counts`) are the counts.
    private func writeDocument(_ issues: some RandomAccessCollection<Issue>, counts severityCounts: [String: Int]) {
        var document = PrettyJSONObject(sink, level: 0)
        document.key("counts")
        var counts = PrettyJSONObject(sink, level: 1)
        for (severity, count) in severityCounts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            counts.key(severity)
            sink.write(decimal: count)
        }
        counts.end()
        document.array("issues", issues) { issue, level in write(issue, level: level) }
        document.end()
    }

    /// One finding at `level`, as `IssuesDocument.Entry` encodes it.
    private func write(_ issue: Issue, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        if let note = issue.acknowledgement {
            o.key("acknowledged")
            sink.write("true")
            o.string("acknowledged_note", note)
        }
        o.string("code", issue.code)
        o.stringIfPresent("field", issue.field)
        o.string("message", issue.message)
        o.stringIfPresent("raw_value", issue.rawValue)
        o.stringIfPresent("region_id", issue.regionID)
        o.stringIfPresent("result_value", issue.resultValue)
        o.string("severity", issue.severity.rawValue)
        if let location = issue.location {
            o.key("source_file")
            files.write(location.file, into: sink)
            if location.line > 0 { o.int("source_line", location.line) }
        }
        o.end()
    }
}
