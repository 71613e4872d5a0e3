/// One column of a published table, declared once: its data-package field (name, meaning,
/// constraints), its value for a row, and whether the SQLite database stores it too.
struct TableColumn<Row>: Sendable {
    /// The column's Table Schema field; its `name` is the CSV header and the database column.
    let field: TableField
    /// The column's value for a row.
    let value: ColumnValue<Row>
    /// Whether the database table of the same name has this column (`RunDatabase` fills it from `value`).
    let isStored: Bool

    /// A column described by `field`, whose Table Schema type is set from `value`.
    init(_ field: TableField, _ value: ColumnValue<Row>, stored: Bool = false) {
        var field = field
        field.type = value.schemaType
        self.field = field
        self.value = value
        self.isStored = stored
    }

    /// The column's name.
    var name: String { field.name }

    /// The same column read from a row of type `Outer` through `part`.
    func pulledBack<Outer>(_ part: @escaping @Sendable (Outer) -> Row) -> TableColumn<Outer> {
        TableColumn<Outer>(field, value.pulledBack(part), stored: isStored)
    }
}
