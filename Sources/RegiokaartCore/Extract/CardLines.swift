import Foundation

/// The non-blank lines of a document, trimmed of surrounding whitespace, as the card extractor
/// reads them: by position, as bytes for the tests run on every line, as a `String` only when one
/// is needed.
///
/// Hand-written instead of an array of `Located<String>`: an archive has millions of lines, most
/// of them outside any card, and a `String` and a location per line doubled the memory of a run.
/// Each line here costs about 7 bytes (`CardLineTable`): where its trimmed text starts in the
/// document, its length, and how many lines lie between it and the line before.
struct CardLines {
    /// The document's lines.
    let source: SourceLines
    /// The document's name, for locations.
    let file: String
    /// Where each line stands: its position in `source` and its trimmed text in `source.bytes`.
    private let entries: CardLineTable
    /// Trimmed texts that are not a byte range of their line (none is expected: trimming removes
    /// characters at the ends only), by line index.
    private let detached: [Int: String]
    /// The lines whose first byte is an ASCII digit, "a", "A" or not ASCII, or that open with an
    /// approximation before a number ("ca. 70.780 …", `FigureLine.opensWithQualifiedValue`), or
    /// that start with an ASCII letter and end with a digit, in order: only they can start a figure
    /// (a value, a label "Aantal …" / "Aangesloten …", a qualified value before its label, or a
    /// label without its opener word before its value: "Leerlingen/studenten: 70.780"), so that finding the cards looks at these instead of every
    /// line. Found in the same pass over the document.
    private(set) var figureCandidates: [UInt32]

    /// The lines of `document` that are not blank once trimmed of tabs and spaces (the
    /// `trimmingCharacters(in: .whitespaces)` of each line). `skip` is asked first about the
    /// byte length of each line; lines it refuses are left out.
    init(_ document: SourceDocument, skip: (_ position: Int, _ length: Int) -> Bool) {
        source = document.lines
        file = document.name
        // Filled in local arrays (room for every line), then sized to the lines found.
        var entries = CardLineTable.Builder(capacity: document.lines.count), candidates: [UInt32] = []
        var detached: [Int: String] = [:]
        // A card's key figures printed as a list ("- 70.780 Aantal leerlingen/studenten"): each such
        // line is read from after its bullet (`FigureLine.listedFigureStart`). `listed`: the line
        // before was one; `bulletBefore`: the line before was another bullet line (an area item, most
        // often), its trimmed bytes, asked whether it is a label alone only when this line is a
        // listed figure (labels first: "- Aantal …" / "- 70.780").
        var listed = false, bulletBefore: (line: Int, bytes: Range<Int>)?
        let lines = document.lines
        lines.withUnsafeBytes { bytes in
            lines.forEachLine { position, range in
                if skip(position, range.count) { return }
                // Foundation's `.whitespaces` is tab plus the space separators; in ASCII that is tab and space.
                func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
                var start = range.lowerBound, end = range.upperBound
                while start < end, isBlank(bytes[start]) { start += 1 }
                while end > start, isBlank(bytes[end - 1]) { end -= 1 }
                if start == end { return }
                if bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
                    // A non-ASCII byte at either end may be a space separator (no-break space): Foundation decides.
                    guard let trimmed = Self.trimmed(bytes, line: range, blankTrimmed: start..<end,
                                                     detachedAs: entries.count, in: &detached) else { return }
                    (start, end) = (trimmed.lowerBound, trimmed.upperBound)
                }
                if Self.mayBeBullet(bytes[start]), detached[entries.count] == nil {
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    // A markdown table's delimiter row is markup: read as a blank line.
                    if bytes[start] == UInt8(ascii: "|"), FigureLine.isTableDelimiterRow(line) { return }
                    if let offset = FigureLine.listedFigureStart(line, besideListedFigure: listed) {
                        if bytes[start] == UInt8(ascii: "|") { end = start + FigureLine.endBeforeTableBorder(line) }
                        start += offset
                        if !listed, let before = bulletBefore, before.line == entries.count - 1,
                           let labelStart = FigureLine.listedFigureStart(UnsafeBufferPointer(rebasing: bytes[before.bytes]), besideListedFigure: true) {
                            entries.advanceStart(of: before.line, by: labelStart)
                            if candidates.last != UInt32(before.line) { candidates.append(UInt32(before.line)) }
                        }
                        listed = true
                        bulletBefore = nil
                    } else {
                        listed = false
                        bulletBefore = (entries.count, start..<end)
                    }
                } else {
                    listed = false
                    bulletBefore = nil
                }
                // (A detached text starts with this byte too, or the byte is not ASCII.)
                let first = bytes[start]
                if first &- 0x30 < 10 || first | 0x20 == UInt8(ascii: "a") || first >= 0x80
                    || (FigureLine.mayOpenWithApproximation(first) && Self.opensWithQualifiedValue(bytes, start..<end))
                    || (bytes[end - 1] &- 0x30 < 10 && (first | 0x20) &- 0x61 < 26) {
                    candidates.append(UInt32(entries.count))
                }
                entries.append(position: position, start: start, end: end)
            }
        }
        // The tables live through the whole extraction: sized to the lines found.
        self.entries = CardLineTable(entries)
        self.detached = detached
        figureCandidates = candidates.compacted()
    }

    /// Whether a line starting with `byte` may be a list item or a table row: "-", "*", "|", or a
    /// bullet character (not ASCII). Decided before `FigureLine.listedFigureStart` looks further.
    @inline(__always)
    private static func mayBeBullet(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "|") || byte >= 0xC0
    }

    /// Frees `figureCandidates` (once the cards are found).
    mutating func dropFigureCandidates() {
        figureCandidates = []
    }

    /// `FigureLine.opensWithQualifiedValue` of the trimmed line `bytes[range]`. Apart from the loop
    /// over every line, so that the loop stays small enough to be inlined.
    @inline(never)
    private static func opensWithQualifiedValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        FigureLine.opensWithQualifiedValue(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// The line `range` of `bytes` (`blankTrimmed` once tabs and spaces are trimmed, with a
    /// non-ASCII byte at an end) trimmed on its scalars (`ASCIIFastPath.scalarTrimmed`): where its trimmed text lies in `bytes`; or,
    /// when it lies in no byte range, `blankTrimmed`, the text put in `detached` as line `index`.
    /// Nil when the line is blank. Apart from the loop over every line, so that the loop stays
    /// small enough to be inlined.
    @inline(never)
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, line range: Range<Int>, blankTrimmed: Range<Int>,
                                detachedAs index: Int, in detached: inout [Int: String]) -> Range<Int>? {
        let text = String(decoding: bytes[range], as: UTF8.self)
        let trimmed = ASCIIFastPath.scalarTrimmed(text)
        if trimmed.isEmpty { return nil }
        if let offset = offset(of: trimmed, in: bytes[range]) { return offset..<(offset + trimmed.utf8.count) }
        detached[index] = trimmed
        return blankTrimmed
    }

    /// The offset of the first occurrence of `text`'s bytes in `bytes`. For a trimmed text this is
    /// where it lies: what precedes it are whole whitespace characters, which cannot start a match.
    private static func offset(of text: String, in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var text = text
        return text.withUTF8 { needle in
            guard needle.count <= bytes.count else { return nil }
            var i = bytes.startIndex
            while i + needle.count <= bytes.endIndex {
                if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
                i += 1
            }
            return nil
        }
    }

    /// The number of lines.
    var count: Int { entries.count }

    /// The line whose trimmed text holds byte `offset` of the document and where in that text it
    /// stands, nil when no line holds it. Always nil when a trimmed text is detached from the
    /// document's bytes (then the lines must be read one by one).
    func line(holdingByteAt offset: Int) -> (line: Int, offset: Int)? {
        guard detached.isEmpty else { return nil }
        // The last line starting at or before `offset` (lines are in document order).
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries.start(mid) <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, offset < entries.end(low - 1) else { return nil }
        return (low - 1, offset - entries.start(low - 1))
    }

    /// Whether every line's text is a byte range of the document (`line(holdingByteAt:)` answers).
    var isContiguous: Bool { detached.isEmpty }

    /// The text of line `k`.
    func text(_ k: Int) -> String {
        if !detached.isEmpty, let text = detached[k] { return text }
        return source.withUnsafeBytes { String(decoding: $0[entries.range(k)], as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of line `k`.
    func withBytes<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if !detached.isEmpty, var text = detached[k] { return text.withUTF8(body) }
        return source.withUnsafeBytes { body(UnsafeBufferPointer(rebasing: $0[entries.range(k)])) }
    }

    /// The UTF-8 length of line `k`.
    func length(_ k: Int) -> Int {
        if !detached.isEmpty, let text = detached[k] { return text.utf8.count }
        return entries.length(k)
    }

    /// Where line `k` stands in the document.
    func location(_ k: Int) -> SourceLocation {
        SourceLocation(file: file, line: source.number(at: entries.position(k)))
    }

    /// The number of line `k` in its document (`location(k).line`).
    func lineNumber(_ k: Int) -> Int {
        source.number(at: entries.position(k))
    }

    /// Line `k` with its location.
    func located(_ k: Int) -> Located<String> {
        Located(text(k), at: location(k))
    }

    /// Whether line `k` was printed with invisible characters its text is read without
    /// (`SourceLines.printings`).
    func hasPrinting(_ k: Int) -> Bool {
        !source.printings.isEmpty && source.printings[entries.position(k)] != nil
    }

    /// Line `k` as printed, trimmed: with the invisible characters its text is read without
    /// (`SourceLines.printings`), nil when it has none. A name is taken from it, so that the
    /// step removing them reports them.
    func printing(_ k: Int) -> String? {
        guard !source.printings.isEmpty, let printed = source.printings[entries.position(k)] else { return nil }
        // Trimmed as the text is, but a zero-width space at an end stays: the printing is kept for it.
        return ASCIIFastPath.scalarTrimmed(printed, zeroWidthSpace: false)
    }

    /// Line `k` as printed (`printing`), or its text, with its location: a name line.
    func printedLocated(_ k: Int) -> Located<String> {
        Located(printing(k) ?? text(k), at: location(k))
    }

    /// `piece`, read from line `k`'s text, as line `k` prints it: with the invisible characters
    /// in and around it (`InvisibleCharacters.printing(of:in:)`); `piece` itself when the line has
    /// none, or when its printing holds no such part.
    func printed(_ piece: String, onLine k: Int) -> String {
        guard let printed = printing(k) else { return piece }
        return InvisibleCharacters.printing(of: piece, in: printed) ?? piece
    }
}
