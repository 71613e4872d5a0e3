/// One table written as CSV in one or more dialects at once (`regions.csv` and `excel-nl/regions.csv`):
/// each value is read from its row once, and a text is checked once for the bytes that any of the
/// dialects would quote, rather than rendered from scratch per dialect.
///
/// Every dialect's bytes are exactly those of a `CSVWriter` of that dialect alone: a field no
/// dialect quotes is copied into each file as it is (with the formula guard where the dialect has
/// it); any other field is written by each dialect's writer in full.
struct CSVTableWriter {
    /// One writer per dialect, in the order the targets were given.
    private(set) var writers: [CSVWriter]
    /// Finds the bytes that make a field need quotes in any of the dialects: every separator, a
    /// quote, LF and CR, and with them the other bytes below 0x10 (a field holding one of those
    /// rare bytes is written by each dialect's writer in full).
    private let specials: ByteFinder

    /// Starts the table in each target's dialect, writing `header` into each target's sink.
    init(header: [String], into targets: [CSVTarget]) {
        precondition(!targets.isEmpty)
        writers = targets.map { CSVWriter(dialect: $0.dialect, header: header, into: $0.sink) }
        let separators = targets.map { UInt8(ascii: $0.dialect.separator.unicodeScalars.first!) }
        specials = ByteFinder(Array(Set(separators)).sorted() + [0x22], below: 0x10)
    }

    /// Appends one text field of column `column` (its place in the record) to every dialect's record.
    @inline(__always)
    mutating func field(_ text: String, column: Int) {
        if writers.count == 1 { return writers[0].field(text, column: column) }
        // Every writer has seen the same texts in this column: the first one's memory speaks for all.
        if writers[0].repeats(text, column: column) {
            for k in writers.indices { writers[k].fieldRepeating(column: column) }
            return
        }
        let specials = self.specials
        let plain = text.utf8.withContiguousStorageIfAvailable { specials.firstIndex(in: $0) == nil } ?? false
        for k in writers.indices {
            if plain { writers[k].field(unquoted: text) } else { writers[k].field(text) }
            writers[k].remember(text, column: column)
        }
    }

    /// Appends one numeric field to every dialect's record.
    @inline(__always)
    mutating func field(_ number: Int) {
        for k in writers.indices { writers[k].field(number) }
    }

    /// Appends one empty field to every dialect's record.
    @inline(__always)
    mutating func emptyField() {
        for k in writers.indices { writers[k].emptyField() }
    }

    /// Lets `write` append to each dialect's record in turn (a field written straight into the writer).
    @inline(__always)
    mutating func forEachDialect(_ write: (inout CSVWriter) -> Void) {
        for k in writers.indices { write(&writers[k]) }
    }

    /// Ends the current record in every dialect.
    @inline(__always)
    mutating func endRecord() {
        for k in writers.indices { writers[k].endRecord() }
    }
}

/// Where one dialect's CSV of a table goes.
struct CSVTarget {
    let dialect: CSVDialect
    let sink: ByteSink
}
