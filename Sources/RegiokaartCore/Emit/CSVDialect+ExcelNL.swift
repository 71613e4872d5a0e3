extension CSVDialect {
    /// What Excel and LibreOffice read without an import dialog in a Dutch locale: semicolon separator
    /// (the comma is the Dutch decimal sign), CRLF, and a UTF-8 byte-order mark so that diacritics
    /// ("Súdwest-Fryslân") are read as UTF-8 rather than Windows-1252. Fields holding `;`, `"` or a
    /// line break are quoted, as in RFC 4180. A text field that a spreadsheet would take for a
    /// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`
    /// (`FormulaGuard`): the file is opened by double-clicking it, with no import dialog to say "text".
    static let excelNL = CSVDialect(separator: ";", lineEnding: "\r\n", byteOrderMark: true, neutralisesFormulas: true)
}
