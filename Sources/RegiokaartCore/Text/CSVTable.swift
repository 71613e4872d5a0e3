import CSV
import Foundation

/// A small CSV file read into rows keyed by header, with the line each row came from.
///
/// Parsing is CSV.swift's (RFC 4180 quoting); this type adds what the reports need: the file name,
/// line numbers and a typed error that names them.
struct CSVTable {
    struct Row {
        var fields: [String: String]
        var location: SourceLocation

        /// The value of `column`, trimmed; throws when the cell is empty and `required`.
        func value(_ column: String, required: Bool = true) throws(InputError) -> String {
            let value = ASCIIFastPath.trimmingWhitespaces(fields[column] ?? "")
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
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw InputError(.malformed, file: displayName, line: 1, "is not CSV: \(error)")
        }
        let header = reader.headerRow ?? []
        for column in columns where !header.contains(column) {
            throw InputError(.malformed, file: displayName, line: 1, "lacks the column '\(column)' (header: \(header.joined(separator: ",")))")
        }
        var rows: [Row] = []
        // Line numbers: the reference files keep one record per line (no quoted newlines),
        // so record k (1-based, after the header) is on line k + 1.
        var line = 1
        while let fields = reader.next() {
            line += 1
            if fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard fields.count == header.count else {
                throw InputError(.malformed, file: displayName, line: line,
                                 "has \(fields.count) fields where the header has \(header.count)")
            }
            rows.append(Row(fields: Dictionary(uniqueKeysWithValues: zip(header, fields)),
                            location: SourceLocation(file: displayName, line: line)))
        }
        if let error = reader.error {
            throw InputError(.malformed, file: displayName, line: line + 1, "is not valid CSV: \(error)")
        }
        self.rows = rows
    }
}
