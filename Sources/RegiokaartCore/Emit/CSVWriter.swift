/// Writes CSV into a `ByteSink`.
///
/// Hand-written rather than CSV.swift's writer: it is a few lines, it runs once per output row of
/// large archives, and it appends straight into the output buffer without an intermediate stream.
/// Rows can be written whole (`write(_:)`) or field by field (`field`, `endRecord`), which saves
/// an array per row on the large files.
public struct CSVWriter {
    public let dialect: CSVDialect
    /// Where the bytes go.
    public let sink: ByteSink
    private let separator: UInt8
    private var atRecordStart = true

    /// The bytes not yet drained from the sink (for the default in-memory sink: the whole file).
    public var bytes: [UInt8] { sink.bytes }

    public init(dialect: CSVDialect, header: [String], into sink: ByteSink = ByteSink()) {
        self.dialect = dialect
        self.sink = sink
        separator = UInt8(ascii: dialect.separator.unicodeScalars.first!)
        if dialect.byteOrderMark { sink.write([0xEF, 0xBB, 0xBF]) }
        write(header)
    }

    /// Appends one record, quoting fields that contain the separator, a quote or a line break.
    public mutating func write(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRecord()
    }

    /// Appends one field to the current record.
    public mutating func field(_ text: String) {
        if !atRecordStart { sink.write(separator) }
        atRecordStart = false
        var text = text
        text.withUTF8 { utf8 in
            if utf8.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                sink.write(0x22)
                for byte in utf8 {
                    if byte == 0x22 { sink.write(0x22) }
                    sink.write(byte)
                }
                sink.write(0x22)
            } else {
                sink.write(utf8)
            }
        }
    }

    /// Appends one numeric field to the current record.
    public mutating func field(_ number: Int) {
        if !atRecordStart { sink.write(separator) }
        atRecordStart = false
        sink.write(decimal: number)
    }

    /// Ends the current record.
    public mutating func endRecord() {
        sink.write(dialect.lineEnding)
        atRecordStart = true
    }
}
