/// The columns of one published table, in written order: the single declaration from which its CSV
/// header, its CSV rows, its data-package fields and its database columns are all derived.
struct TableColumns<Row>: Sendable {
    /// The columns, in written order.
    let columns: [TableColumn<Row>]
    /// The columns' values alone, for writing rows without touching the fields.
    private let values: [ColumnValue<Row>]
    /// Columns whose values depend only on a part of the row that many rows share (empty: none),
    /// and that part's identity: `write(_:into:parts:)` renders their fields once per distinct part.
    private let sharedColumns: Range<Int>
    private let sharedIdentity: (@Sendable (Row) -> ObjectIdentifier)?

    /// The table of `columns`, in written order; `shared`: the columns that depend only on the part
    /// of a row identified by `identity`.
    init(_ columns: [TableColumn<Row>], shared: (columns: Range<Int>, identity: @Sendable (Row) -> ObjectIdentifier)? = nil) {
        precondition(shared.map { columns.indices.contains($0.columns.lowerBound) && $0.columns.upperBound <= columns.count } ?? true)
        self.columns = columns
        values = columns.map(\.value)
        sharedColumns = shared?.columns ?? 0..<0
        sharedIdentity = shared?.identity
    }

    /// The CSV header: every column's name.
    var header: [String] { columns.map(\.name) }

    /// The data-package fields, in written order.
    var fields: [TableField] { columns.map(\.field) }

    /// The columns the database table of the same name has.
    var stored: [TableColumn<Row>] { columns.filter(\.isStored) }

    /// Starts a CSV of the table in `dialect`: its header is written.
    func csv(_ dialect: CSVDialect, into sink: ByteSink) -> CSVWriter {
        CSVWriter(dialect: dialect, header: header, into: sink)
    }

    /// Starts the table's CSV in each target's dialect at once: its header is written into each.
    func csv(_ targets: [CSVTarget]) -> CSVTableWriter {
        CSVTableWriter(header: header, into: targets)
    }

    /// Appends `row` to every dialect of `table` as `write(_:into:)` does to one.
    @inline(__always)
    func write(_ row: Row, into table: inout CSVTableWriter) {
        for i in values.indices { values[i].write(row, into: &table, column: i) }
        table.endRecord()
    }

    /// Appends `row` to every dialect of `table` as `write(_:into:parts:)` does to one; `parts`:
    /// one cache per dialect, in the table's order (two stored caches, not an array: an element's
    /// uniqueness check on every row cost more than its lookup).
    @inline(__always)
    func write(_ row: Row, into table: inout CSVTableWriter, parts: inout (RenderedParts, RenderedParts)) {
        guard !sharedColumns.isEmpty, let identity = sharedIdentity?(row) else { return write(row, into: &table) }
        for i in 0..<sharedColumns.lowerBound { values[i].write(row, into: &table, column: i) }
        table.forEachDialect { k, csv in
            csv.fields(copiedBy: { sink, dialect in
                // The dialect is copied only for a part not rendered yet: a copy per row cost four retains.
                if k == 0 {
                    parts.0.write(identity, into: sink) { renderShared(row, dialect, into: $0) }
                } else {
                    parts.1.write(identity, into: sink) { renderShared(row, dialect, into: $0) }
                }
            })
        }
        for i in sharedColumns.upperBound..<values.count { values[i].write(row, into: &table, column: i) }
        table.endRecord()
    }

    /// Appends `row` to `csv` as `write(_:into:)` does, the shared columns' fields copied from
    /// `parts` when a row with the same shared part was written before.
    @inline(__always)
    func write(_ row: Row, into csv: inout CSVWriter, parts: inout RenderedParts) {
        guard !sharedColumns.isEmpty, let identity = sharedIdentity?(row) else { return write(row, into: &csv) }
        for i in 0..<sharedColumns.lowerBound { values[i].write(row, into: &csv, column: i) }
        csv.fields(copiedBy: { sink, dialect in
            parts.write(identity, into: sink) { renderShared(row, dialect, into: $0) }
        })
        for i in sharedColumns.upperBound..<values.count { values[i].write(row, into: &csv, column: i) }
        csv.endRecord()
    }

    /// Writes the shared columns' fields of `row` in `dialect` into `scratch`, as a fragment
    /// (`CSVWriter.init(fragmentOf:into:)`).
    private func renderShared(_ row: Row, _ dialect: borrowing CSVDialect, into scratch: ByteSink) {
        var fragment = CSVWriter(fragmentOf: copy dialect, into: scratch)
        for i in sharedColumns { values[i].write(row, into: &fragment) }
    }

    /// Appends `row` to `csv` as one record: a field per column.
    @inline(__always)
    func write(_ row: Row, into csv: inout CSVWriter) {
        for i in values.indices { values[i].write(row, into: &csv, column: i) }  // lent, not copied out
        csv.endRecord()
    }
}
