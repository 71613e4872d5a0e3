/// Writes CSV into a `ByteSink`.
///
/// Hand-written rather than CSV.swift's writer: it is a few lines, it runs once per output row of
/// large archives, and it appends straight into the output buffer without an intermediate stream.
/// Rows can be written whole (`write(_:)`) or field by field (`field`, `endRecord`), which saves
/// an array per row on the large files.
struct CSVWriter {
    let dialect: CSVDialect
    /// Where the bytes go.
    let sink: ByteSink
    private let separator: UInt8
    private let lineEnding: [UInt8]
    private let guardsFormulas: Bool
    private var atRecordStart = true

    /// The bytes not yet drained from the sink (for the default in-memory sink: the whole file).
    var bytes: [UInt8] { sink.bytes }

    init(dialect: CSVDialect, header: [String], into sink: ByteSink = ByteSink()) {
        self.dialect = dialect
        self.sink = sink
        separator = UInt8(ascii: dialect.separator.unicodeScalars.first!)
        lineEnding = Array(dialect.lineEnding.utf8)
        guardsFormulas = dialect.neutralisesFormulas
        if dialect.byteOrderMark { sink.write([0xEF, 0xBB, 0xBF]) }
        write(header)
    }

    /// Appends one record, quoting fields that contain the separator, a quote or a line break.
    mutating func write(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRecord()
    }

    /// Appends one field to the current record.
    mutating func field(_ text: String) {
        beginField()
        // The string's own bytes when it has them (native strings do): no copy, and no closure
        // capturing `self`, whose retains cost more than the bytes on the large tables.
        let (sink, separator, guards) = (self.sink, self.separator, self.guardsFormulas)
        if text.utf8.withContiguousStorageIfAvailable({ Self.write($0, separator: separator, guard: guards, into: sink) }) == nil {
            var copy = text
            copy.withUTF8 { Self.write($0, separator: separator, guard: guards, into: sink) }
        }
    }

    /// Appends one field given as UTF-8 bytes to the current record.
    mutating func field(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        beginField()
        Self.write(bytes, separator: separator, guard: guardsFormulas, into: sink)
    }

    @inline(__always)
    private mutating func beginField() {
        if !atRecordStart { sink.write(separator) }
        atRecordStart = false
    }

    /// Writes a field's bytes, quoted (with its quotes doubled) when they hold the separator, a
    /// quote or a line break; with `guard`, a field a spreadsheet would read as a formula gets a
    /// leading `'` (`FormulaGuard`), inside the quotes when it has them.
    @inline(__always)
    private static func write(_ utf8: UnsafeBufferPointer<UInt8>, separator: UInt8, guard: Bool,
                              into sink: ByteSink) {
        let guarded = `guard` && !utf8.isEmpty && FormulaGuard.isTrigger(utf8[0])
        var needsQuotes = false
        for byte in utf8 where byte == separator || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            if guarded { sink.write(FormulaGuard.prefix) }
            sink.write(utf8)
            return
        }
        sink.write(0x22)
        if guarded { sink.write(FormulaGuard.prefix) }
        var mark = 0
        for i in 0..<utf8.count where utf8[i] == 0x22 {
            sink.write(UnsafeBufferPointer(rebasing: utf8[mark...i]))  // up to and including the quote,
            sink.write(0x22)  // which is doubled
            mark = i + 1
        }
        sink.write(UnsafeBufferPointer(rebasing: utf8[mark...]))
        sink.write(0x22)
    }

    /// Appends one numeric field to the current record.
    mutating func field(_ number: Int) {
        beginField()
        sink.write(decimal: number)
    }

    /// Ends the current record.
    mutating func endRecord() {
        sink.write(lineEnding)
        atRecordStart = true
    }
}
