import Foundation

/// A small CSV file read into rows keyed by header, with the line each row came from.
///
/// RFC 4180 (comma-separated, `"`-quoted fields with `""` for a quote, CRLF or LF records, quoted
/// line breaks allowed), read on the bytes: hand-written because CSV.swift decoded the reference
/// tables scalar by scalar, most of a cold run's time to read them (scripts/BENCHMARKS.md).
/// A quote left open, or text after a closing quote, is an `InputError` naming the line.
struct CSVTable {
    struct Row {
        /// The cells, in header order.
        var cells: [String]
        /// Column name → index into `cells` (shared by every row of the table).
        var columns: [String: Int]
        var location: SourceLocation

        /// The cell of `column` as written (untrimmed); nil when the table has no such column.
        func cell(_ column: String) -> String? { columns[column].map { cells[$0] } }

        /// The value of `column`, trimmed; throws when the cell is empty and `required`.
        func value(_ column: String, required: Bool = true) throws(InputError) -> String {
            let value = ASCIIFastPath.trimmingWhitespaces(cell(column) ?? "")
            if required && value.isEmpty {
                throw InputError(.malformed, file: location.file, line: location.line, "column '\(column)' is empty")
            }
            return value
        }
    }

    var rows: [Row]

    /// Reads `path`, reported as `displayName`, and checks that `columns` are in its header.
    init(path: String, displayName: String, columns: [String]) throws(InputError) {
        let bytes = try FileBytes.read(path: path, displayName: displayName)
        if let offset = UTF8Validation.firstInvalid(bytes, from: 0) {
            throw InputError(.encoding, file: displayName, "is not valid UTF-8 at byte offset \(offset)")
        }
        let records = try Self.records(bytes, file: displayName)
        guard let header = records.first?.cells else {
            throw InputError(.malformed, file: displayName, line: 1, "is not CSV: it has no header row")
        }
        for column in columns where !header.contains(column) {
            throw InputError(.malformed, file: displayName, line: 1, "lacks the column '\(column)' (header: \(header.joined(separator: ",")))")
        }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        rows.reserveCapacity(records.count)
        for (cells, line) in records.dropFirst() {
            if cells.count == 1 && ASCIIFastPath.trimmingWhitespaces(cells[0]).isEmpty { continue }
            guard cells.count == header.count else {
                throw InputError(.malformed, file: displayName, line: line,
                                 "has \(cells.count) fields where the header has \(header.count)")
            }
            rows.append(Row(cells: cells, columns: index, location: SourceLocation(file: displayName, line: line)))
        }
        self.rows = rows
    }

    /// The records of `bytes` (valid UTF-8, a byte-order mark skipped), each with the 1-based line it
    /// starts on. A blank line is a record of one empty cell.
    static func records(_ bytes: [UInt8], file: String) throws(InputError) -> [(cells: [String], line: Int)] {
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [(cells: [String], line: Int)] = []
        var cells: [String] = []
        var line = 1, recordLine = 1
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = bytes.count
        /// Steps over the line break at `i` (CR, LF or CRLF).
        func skipBreak() {
            if bytes[i] == cr, i + 1 < n, bytes[i + 1] == lf { i += 1 }
            i += 1
            line += 1
        }
        while i < n {
            // One cell, starting at `i`.
            if bytes[i] == quote {
                let opened = line
                var cell: [UInt8] = []
                i += 1
                while true {
                    guard i < n else {
                        throw InputError(.malformed, file: file, line: opened, "is not valid CSV: a quoted field is never closed")
                    }
                    if bytes[i] == quote {
                        if i + 1 < n, bytes[i + 1] == quote { cell.append(quote); i += 2; continue }
                        i += 1
                        break
                    }
                    if bytes[i] == lf || (bytes[i] == cr && (i + 1 == n || bytes[i + 1] != lf)) { line += 1 }
                    cell.append(bytes[i])
                    i += 1
                }
                guard i == n || bytes[i] == comma || bytes[i] == cr || bytes[i] == lf else {
                    throw InputError(.malformed, file: file, line: line, "is not valid CSV: text follows a closing quote")
                }
                cells.append(String(decoding: cell, as: UTF8.self))
            } else {
                let start = i
                while i < n, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf { i += 1 }
                cells.append(String(decoding: bytes[start..<i], as: UTF8.self))
            }
            // After the cell: a comma (another cell follows), a line break or the end (the record ends).
            if i < n, bytes[i] == comma {
                i += 1
                if i == n { cells.append("") }
                continue
            }
            records.append((cells, recordLine))
            cells = []
            if i < n { skipBreak() }
            recordLine = line
        }
        if !cells.isEmpty { records.append((cells, recordLine)) }
        return records
    }
}
