/// Writes CSV into a byte buffer.
///
/// Hand-written rather than CSV.swift's writer: it is a few lines, it runs once per output row of
/// large archives, and it appends straight into the output buffer without an intermediate stream.
public struct CSVWriter {
    public let dialect: CSVDialect
    public private(set) var bytes: [UInt8] = []

    public init(dialect: CSVDialect, header: [String]) {
        self.dialect = dialect
        if dialect.byteOrderMark { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        write(header)
    }

    /// Appends one record, quoting fields that contain the separator, a quote or a line break.
    public mutating func write(_ fields: [String]) {
        let separator = UInt8(ascii: dialect.separator.unicodeScalars.first!)
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(separator) }
            let utf8 = field.utf8
            if utf8.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                bytes.append(0x22)
                for byte in utf8 {
                    if byte == 0x22 { bytes.append(0x22) }
                    bytes.append(byte)
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: utf8)
            }
        }
        bytes.append(contentsOf: dialect.lineEnding.utf8)
    }
}
