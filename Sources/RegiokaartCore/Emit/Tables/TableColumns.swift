/// The columns of one published table, in written order: the single declaration from which its CSV
/// header, its CSV rows, its data-package fields and its database columns are all derived.
struct TableColumns<Row>: Sendable {
    /// The columns, in written order.
    let columns: [TableColumn<Row>]
    /// The columns' values alone, for writing rows without touching the fields.
    private let values: [ColumnValue<Row>]

    /// The table of `columns`, in written order.
    init(_ columns: [TableColumn<Row>]) {
        self.columns = columns
        values = columns.map(\.value)
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

    /// Appends `row` to `csv` as one record: a field per column.
    @inline(__always)
    func write(_ row: Row, into csv: inout CSVWriter) {
        for i in values.indices { values[i].write(row, into: &csv) }  // lent, not copied out
        csv.endRecord()
    }
}
