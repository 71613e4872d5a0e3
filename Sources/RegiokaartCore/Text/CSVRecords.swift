/// The records of CSV text (RFC 4180) on its bytes: each cell kept as its place in the bytes, made
/// into a `String` only when asked for (a table's unread columns never are).
struct CSVRecords {
    /// A cell: its bytes (inside the quotes, for a quoted cell), and whether a doubled quote in them
    /// stands for one.
    struct Cell {
        var bytes: Range<Int>
        var hasDoubledQuotes: Bool
    }

    /// A record: its cells (positions in `cells`) and the 1-based line it starts on.
    struct Record {
        var cells: Range<Int>
        var line: Int
    }

    let bytes: [UInt8]
    /// Every record's cells, one record after another.
    private(set) var cells: [Cell] = []
    private(set) var records: [Record] = []

    /// The records of `bytes` (valid UTF-8, a byte-order mark skipped). A blank line is a record of
    /// one empty cell. A quote left open, or text after a closing quote, is an `InputError` naming the line.
    init(_ bytes: [UInt8], file: String) throws(InputError) {
        self.bytes = bytes
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var cells: [Cell] = []
        var records: [Record] = []
        var line = 1, recordLine = 1, recordStart = 0
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = bytes.count
        try bytes.withUnsafeBufferPointer { (bytes) throws(InputError) in
            while i < n {
                // One cell, starting at `i`.
                if bytes[i] == quote {
                    let opened = line
                    i += 1
                    let start = i
                    var doubled = false
                    while true {
                        guard i < n else {
                            throw InputError(.malformed, file: file, line: opened, "is not valid CSV: a quoted field is never closed")
                        }
                        if bytes[i] == quote {
                            if i + 1 < n, bytes[i + 1] == quote { doubled = true; i += 2; continue }
                            break
                        }
                        if bytes[i] == lf || (bytes[i] == cr && (i + 1 == n || bytes[i + 1] != lf)) { line += 1 }
                        i += 1
                    }
                    cells.append(Cell(bytes: start..<i, hasDoubledQuotes: doubled))
                    i += 1
                    guard i == n || bytes[i] == comma || bytes[i] == cr || bytes[i] == lf else {
                        throw InputError(.malformed, file: file, line: line, "is not valid CSV: text follows a closing quote")
                    }
                } else {
                    let start = i
                    while i < n, bytes[i] != comma, bytes[i] != cr, bytes[i] != lf { i += 1 }
                    cells.append(Cell(bytes: start..<i, hasDoubledQuotes: false))
                }
                // After the cell: a comma (another cell follows), a line break or the end (the record ends).
                if i < n, bytes[i] == comma {
                    i += 1
                    if i == n { cells.append(Cell(bytes: n..<n, hasDoubledQuotes: false)) }
                    continue
                }
                records.append(Record(cells: recordStart..<cells.count, line: recordLine))
                recordStart = cells.count
                if i < n {
                    // The line break: CR, LF or CRLF.
                    if bytes[i] == cr, i + 1 < n, bytes[i + 1] == lf { i += 1 }
                    i += 1
                    line += 1
                }
                recordLine = line
            }
        }
        if recordStart < cells.count { records.append(Record(cells: recordStart..<cells.count, line: recordLine)) }
        self.cells = cells
        self.records = records
    }

    /// The cell at `position` in `cells`, as written (untrimmed, a doubled quote as one).
    func string(ofCell position: Int) -> String {
        let cell = cells[position]
        return bytes.withUnsafeBufferPointer { bytes in
            let text = UnsafeBufferPointer(rebasing: bytes[cell.bytes])
            guard cell.hasDoubledQuotes else { return String(decoding: text, as: UTF8.self) }
            var unquoted: [UInt8] = []
            unquoted.reserveCapacity(text.count)
            var i = 0
            while i < text.count {
                unquoted.append(text[i])
                // Inside a quoted cell every quote is the first of a pair.
                i += text[i] == UInt8(ascii: "\"") ? 2 : 1
            }
            return String(decoding: unquoted, as: UTF8.self)
        }
    }

    /// True when the cells at `position` and `other` hold the same bytes, both with or both without
    /// doubled quotes: every reading of the one is then the reading of the other.
    func cell(_ position: Int, isWrittenAs other: Int) -> Bool {
        let cell = cells[position], otherCell = cells[other]
        guard cell.hasDoubledQuotes == otherCell.hasDoubledQuotes, cell.bytes.count == otherCell.bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            var (i, j) = (cell.bytes.lowerBound, otherCell.bytes.lowerBound)
            while i < cell.bytes.upperBound {
                guard bytes[i] == bytes[j] else { return false }
                i += 1
                j += 1
            }
            return true
        }
    }

    /// `ASCIIFastPath.trimmingWhitespaces(string(ofCell: position))`, trimmed on the bytes when they
    /// decide it: only the trimmed bytes become a `String`.
    func trimmedString(ofCell position: Int) -> String {
        let cell = cells[position]
        guard !cell.hasDoubledQuotes else { return ASCIIFastPath.trimmingWhitespaces(string(ofCell: position)) }
        return bytes.withUnsafeBufferPointer { bytes in
            let text = UnsafeBufferPointer(rebasing: bytes[cell.bytes])
            guard let kept = ASCIIFastPath.blankTrimmed(text) else {
                return ASCIIFastPath.trimmingWhitespaces(String(decoding: text, as: UTF8.self))
            }
            return String(decoding: UnsafeBufferPointer(rebasing: text[kept]), as: UTF8.self)
        }
    }

    /// `trimmedString(ofCell: position) == text`, answered on the bytes when they are equal: a
    /// long table's repeated cells are compared without becoming `String`s.
    func trimmedCell(_ position: Int, is text: String) -> Bool {
        let cell = cells[position]
        var text = text
        let sameBytes = !cell.hasDoubledQuotes && bytes.withUnsafeBufferPointer { bytes in
            let cellBytes = UnsafeBufferPointer(rebasing: bytes[cell.bytes])
            guard let kept = ASCIIFastPath.blankTrimmed(cellBytes) else { return false }
            return text.withUTF8 { $0.elementsEqual(cellBytes[kept]) }
        }
        // Other bytes may still be the same text (a decomposed é is a precomposed one): `String` decides.
        return sameBytes || trimmedString(ofCell: position) == text
    }
}
