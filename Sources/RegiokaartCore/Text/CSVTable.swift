import Foundation

/// A small CSV file read into rows, with the line each row came from; a cell becomes a `String`
/// only when it is read (`CSVRecords`).
///
/// RFC 4180 (comma-separated, `"`-quoted fields with `""` for a quote, CRLF or LF records, quoted
/// line breaks allowed), read on the bytes: hand-written because CSV.swift decoded the reference
/// tables scalar by scalar, most of a cold run's time to read them (scripts/BENCHMARKS.md).
/// A quote left open, or text after a closing quote, is an `InputError` naming the line.
final class CSVTable {
    /// A column, its position in the header found once (nil: the table has no such column).
    struct Column {
        let name: String
        let index: Int?
    }

    /// One data row of the table.
    struct Row {
        let table: CSVTable
        let record: CSVRecords.Record

        var location: SourceLocation { SourceLocation(file: table.file, line: record.line) }

        /// The cells, in header order, as written (untrimmed).
        var cells: [String] { record.cells.map { table.records.string(ofCell: $0) } }

        /// The cell of `column` as written (untrimmed); nil when the table has no such column.
        func cell(_ column: String) -> String? {
            table.column(column).index.map { table.records.string(ofCell: record.cells.lowerBound + $0) }
        }

        /// The value of `column`, trimmed; throws when the cell is empty and `required`.
        func value(_ column: String, required: Bool = true) throws(InputError) -> String {
            try value(table.column(column), required: required)
        }

        /// `value(_:required:)` of a column found once: a long table's rows need no lookup by name.
        func value(_ column: Column, required: Bool = true) throws(InputError) -> String {
            let value = column.index.map { table.records.trimmedString(ofCell: record.cells.lowerBound + $0) } ?? ""
            if required && value.isEmpty {
                throw InputError(.malformed, file: table.file, line: record.line, "column '\(column.name)' is empty")
            }
            return value
        }

        /// True when this row's cell of `column` holds the same bytes as the one of `other`, written
        /// the same way: the two then read the same in every way, and neither need become a `String`.
        func cell(_ column: Column, isWrittenAsIn other: CSVRecords.Record) -> Bool {
            column.index.map { table.records.cell(record.cells.lowerBound + $0, isWrittenAs: other.cells.lowerBound + $0) } ?? true
        }

        /// `value(column, required: false) == text`, without making the cell a `String` when it is `text`.
        func value(_ column: Column, is text: String) -> Bool {
            column.index.map { table.records.trimmedCell(record.cells.lowerBound + $0, is: text) } ?? text.isEmpty
        }
    }

    /// The file's name as reported.
    let file: String
    /// Column name → position (the first, for a name the header repeats).
    let positions: [String: Int]
    /// Every record of the file, the header's and blank lines' included.
    let records: CSVRecords
    /// The data records: every record after the header but the blank lines.
    let data: [CSVRecords.Record]

    /// The data rows, in file order.
    var rows: [Row] { data.map { Row(table: self, record: $0) } }

    /// The column named `name`, found once for every row.
    func column(_ name: String) -> Column { Column(name: name, index: positions[name]) }

    /// Reads `path`, reported as `displayName`, and checks that `columns` are in its header.
    init(path: String, displayName: String, columns: [String]) throws(InputError) {
        let bytes = try FileBytes.read(path: path, displayName: displayName)
        if let offset = UTF8Validation.firstInvalid(bytes, from: 0) {
            throw InputError(.encoding, file: displayName, "is not valid UTF-8 at byte offset \(offset)")
        }
        let records = try CSVRecords(bytes, file: displayName)
        guard let first = records.records.first else {
            throw InputError(.malformed, file: displayName, line: 1, "is not CSV: it has no header row")
        }
        let header = first.cells.map { records.string(ofCell: $0) }
        for column in columns where !header.contains(column) {
            throw InputError(.malformed, file: displayName, line: 1, "lacks the column '\(column)' (header: \(header.joined(separator: ",")))")
        }
        var data: [CSVRecords.Record] = []
        data.reserveCapacity(records.records.count)
        for record in records.records.dropFirst() {
            if record.cells.count == 1 && records.trimmedString(ofCell: record.cells.lowerBound).isEmpty { continue }
            guard record.cells.count == header.count else {
                throw InputError(.malformed, file: displayName, line: record.line,
                                 "has \(record.cells.count) fields where the header has \(header.count)")
            }
            data.append(record)
        }
        self.file = displayName
        self.positions = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.records = records
        self.data = data
    }
}
