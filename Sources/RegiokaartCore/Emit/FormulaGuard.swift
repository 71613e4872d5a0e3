/// Keeps a spreadsheet from running a scraped value as a formula ("CSV injection").
///
/// Excel and LibreOffice read a CSV cell that starts with `=`, `+`, `-` or `@` as a formula, and
/// strip a leading tab or carriage return before doing the same. The guard writes such a text
/// field with a leading `'`, the neutralisation OWASP recommends: both programs then show the cell
/// as text (the `'` stays visible, so the change is never hidden). Only the `excel-nl` dialect
/// applies it: programs read the RFC 4180 files, whose values stay exactly as the data holds them.
/// Numbers written as numbers (`CSVWriter.field(_: Int)`) are never guarded: a figure is no formula.
enum FormulaGuard {
    /// The prefix written before a guarded field.
    static let prefix: UInt8 = 0x27  // '

    /// True when a field whose first UTF-8 byte is `byte` would be read as a formula.
    @inline(__always)
    static func isTrigger(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: true  // = + - @ tab CR
        default: false
        }
    }

}
