/// How a column gets its value from a row: the CSV writes an absent value (`nil`) as an empty
/// cell, the database as NULL; a number is written as a number (never formula-guarded).
enum ColumnValue<Row>: Sendable {
    /// Text, always present.
    case text(@Sendable (Row) -> String)
    /// Text that may be absent.
    case optionalText(@Sendable (Row) -> String?)
    /// A number, always present.
    case integer(@Sendable (Row) -> Int)
    /// A number that may be absent.
    case optionalInteger(@Sendable (Row) -> Int?)
    /// A CSV-only text cell written straight into the writer (a long list built without a String).
    case written(@Sendable (Row, inout CSVWriter) -> Void)

    /// The Table Schema type of the values: `integer` or `string`.
    var schemaType: String {
        switch self {
        case .integer, .optionalInteger: "integer"
        case .text, .optionalText, .written: "string"
        }
    }

    /// Appends the value for `row` to the current record of `csv`; `column`: the column's place in
    /// the record, where a text that repeats the column's previous one is copied (`CSVWriter.field(_:column:)`).
    @inline(__always)
    func write(_ row: Row, into csv: inout CSVWriter, column: Int? = nil) {
        switch self {
        case .text(let value): write(value(row), into: &csv, column: column)
        case .optionalText(let value):
            if let text = value(row) { write(text, into: &csv, column: column) } else { csv.emptyField() }
        case .integer(let value): csv.field(value(row))
        case .optionalInteger(let value):
            if let number = value(row) { csv.field(number) } else { csv.emptyField() }
        case .written(let write): write(row, &csv)
        }
    }

    /// Appends the value for `row` to the current record of every dialect of `table`, read once;
    /// `column`: the column's place in the record.
    @inline(__always)
    func write(_ row: Row, into table: inout CSVTableWriter, column: Int) {
        switch self {
        case .text(let value): table.field(value(row), column: column)
        case .optionalText(let value):
            if let text = value(row) { table.field(text, column: column) } else { table.emptyField() }
        case .integer(let value): table.field(value(row))
        case .optionalInteger(let value):
            if let number = value(row) { table.field(number) } else { table.emptyField() }
        case .written(let write): table.forEachDialect { write(row, &$1) }
        }
    }

    @inline(__always)
    private func write(_ text: String, into csv: inout CSVWriter, column: Int?) {
        if let column { csv.field(text, column: column) } else { csv.field(text) }
    }

    /// The same value read from a row of type `Outer` through `part`.
    func pulledBack<Outer>(_ part: @escaping @Sendable (Outer) -> Row) -> ColumnValue<Outer> {
        switch self {
        case .text(let value): .text { value(part($0)) }
        case .optionalText(let value): .optionalText { value(part($0)) }
        case .integer(let value): .integer { value(part($0)) }
        case .optionalInteger(let value): .optionalInteger { value(part($0)) }
        case .written(let write): .written { write(part($0), &$1) }
        }
    }
}
