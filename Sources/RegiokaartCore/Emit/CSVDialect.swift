/// How a CSV file is written.
struct CSVDialect: Hashable, Sendable {
    /// The field separator.
    var separator: Character
    /// The record terminator.
    var lineEnding: String
    /// Whether the file starts with a UTF-8 byte-order mark (spreadsheets use it to detect UTF-8).
    var byteOrderMark: Bool
    /// Whether a text field a spreadsheet would read as a formula (`FormulaGuard`) is written with
    /// a leading `'`, so that it shows as text. Off for files meant for programs.
    var neutralisesFormulas: Bool

    init(separator: Character, lineEnding: String, byteOrderMark: Bool, neutralisesFormulas: Bool = false) {
        self.separator = separator
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.neutralisesFormulas = neutralisesFormulas
    }

    /// RFC 4180: comma, CRLF, no byte-order mark.
    static let rfc4180 = CSVDialect(separator: ",", lineEnding: "\r\n", byteOrderMark: false)
}
