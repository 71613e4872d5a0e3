import GRDB

/// The database side of a table's column declarations: the stored columns (`TableColumn.isStored`)
/// are inserted under their names, with the values the CSV writes (an absent value as NULL).
extension TableColumns {
    /// `INSERT INTO table (…) VALUES (…)` for the columns `leading` (filled by the caller), then the stored columns.
    func insertSQL(into table: String, leading: [String] = []) -> String {
        let names = leading + stored.map(\.name)
        return "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// The arguments of `insertSQL`: `leading`, then the stored columns' values for `row`.
    func arguments(_ row: Row, leading: [DatabaseValueConvertible?] = []) -> StatementArguments {
        StatementArguments(leading + stored.map { $0.value.databaseValue(row) })
    }
}

extension ColumnValue {
    /// The value for `row` as the database stores it: nil (NULL) when absent.
    func databaseValue(_ row: Row) -> DatabaseValueConvertible? {
        switch self {
        case .text(let value): value(row)
        case .optionalText(let value): value(row)
        case .integer(let value): value(row)
        case .optionalInteger(let value): value(row)
        case .written: preconditionFailure("a column written straight into the CSV is not stored in the database")
        }
    }
}
