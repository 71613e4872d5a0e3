/// Writes CSV into a `ByteSink`.
///
/// Hand-written rather than CSV.swift's writer: it is a few lines, it runs once per output row of
/// large archives, and it appends straight into the output buffer without an intermediate stream.
/// Rows can be written whole (`write(_:)`) or field by field (`field`, `endRecord`), which saves
/// an array per row on the large files.
struct CSVWriter {
    let dialect: CSVDialect
    /// Where the bytes go.
    let sink: ByteSink
    private let separator: UInt8
    /// Finds the bytes that make a field need quotes: the separator, a quote, LF and CR.
    private let specials: ByteFinder
    private let lineEnding: [UInt8]
    private let guardsFormulas: Bool
    private var atRecordStart = true
    /// Per column (`field(_:column:)`), the text written there last and, once it came again, its bytes.
    private var repeats: [RepeatedField] = []

    /// The bytes not yet drained from the sink (for the default in-memory sink: the whole file).
    var bytes: [UInt8] { sink.bytes }

    init(dialect: CSVDialect, header: [String], into sink: ByteSink = ByteSink()) {
        self.init(fragmentOf: dialect, into: sink)
        if dialect.byteOrderMark { sink.write([0xEF, 0xBB, 0xBF]) }
        write(header)
    }

    /// A writer of fields alone, with no byte-order mark and no header: it renders a run of fields
    /// that `fields(copiedBy:)` copies into the records of a writer of the same dialect.
    init(fragmentOf dialect: CSVDialect, into sink: ByteSink) {
        self.dialect = dialect
        self.sink = sink
        separator = UInt8(ascii: dialect.separator.unicodeScalars.first!)
        specials = separator == UInt8(ascii: ",") ? Self.commaSpecials
            : separator == UInt8(ascii: ";") ? Self.semicolonSpecials : ByteFinder([separator, 0x22, 0x0A, 0x0D])
        lineEnding = Array(dialect.lineEnding.utf8)
        guardsFormulas = dialect.neutralisesFormulas
    }

    /// The finders of the outputs' two separators, made once: a fragment writer is made per distinct
    /// shared part of a table, and making its finder cost more than writing the part.
    private static let commaSpecials = ByteFinder([UInt8(ascii: ","), 0x22, 0x0A, 0x0D])
    private static let semicolonSpecials = ByteFinder([UInt8(ascii: ";"), 0x22, 0x0A, 0x0D])

    /// Appends the fields a fragment writer of the same dialect rendered (`init(fragmentOf:into:)`),
    /// which `copy` writes into the sink it is given (from where they are kept, without an array);
    /// `copy` is lent the dialect, for making such a writer when the fields were not rendered yet.
    @inline(__always)
    mutating func fields(copiedBy copy: (ByteSink, borrowing CSVDialect) -> Void) {
        beginField()
        copy(sink, dialect)
    }

    /// Appends one record, quoting fields that contain the separator, a quote or a line break.
    mutating func write(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRecord()
    }

    /// Appends one field to the current record.
    mutating func field(_ text: String) {
        beginField()
        // The string's own bytes when it has them (native strings do): no copy, and no closure
        // capturing `self`, whose retains cost more than the bytes on the large tables.
        let (sink, specials, guards) = (self.sink, self.specials, self.guardsFormulas)
        if text.utf8.withContiguousStorageIfAvailable({ Self.write($0, specials: specials, guard: guards, into: sink) }) == nil {
            var copy = text
            copy.withUTF8 { Self.write($0, specials: specials, guard: guards, into: sink) }
        }
    }

    /// Appends one field of column `column` (a column's place in its record): `field(_:)`'s bytes,
    /// copied when the column's previous field held the same text (a source file, a region id on
    /// each of its rows) rather than checked for quoting again.
    mutating func field(_ text: String, column: Int) {
        if repeats(text, column: column) { return fieldRepeating(column: column) }
        field(text)
        remember(text, column: column)
    }

    /// Whether the previous field of column `column` (`remember`) held `text`.
    @inline(__always)
    func repeats(_ text: String, column: Int) -> Bool {
        guard column < repeats.count, let last = repeats[column].text else { return false }
        return last.utf8.count == text.utf8.count && last == text
    }

    /// Appends the field column `column` held last (`repeats`): its bytes, rendered the first time it repeats.
    @inline(__always)
    mutating func fieldRepeating(column: Int) {
        beginField()
        if repeats[column].bytes == nil { repeats[column].bytes = rendered(repeats[column].text!) }
        repeats[column].bytes!.withUnsafeBufferPointer { sink.write($0) }
    }

    /// Keeps `text` as the last field of column `column`.
    @inline(__always)
    mutating func remember(_ text: String, column: Int) {
        if column >= repeats.count {
            repeats += Array(repeating: RepeatedField(), count: column + 1 - repeats.count)
        }
        repeats[column] = RepeatedField(text: text)
    }

    /// Appends one field holding `text`, which holds none of the bytes that make a field need quotes
    /// in this dialect (the caller checked): only the formula guard is left to decide.
    @inline(__always)
    mutating func field(unquoted text: String) {
        beginField()
        let (sink, guards) = (self.sink, self.guardsFormulas)
        if text.utf8.withContiguousStorageIfAvailable({ Self.writeUnquoted($0, guard: guards, into: sink) }) == nil {
            var copy = text
            copy.withUTF8 { Self.writeUnquoted($0, guard: guards, into: sink) }
        }
    }

    @inline(__always)
    private static func writeUnquoted(_ utf8: UnsafeBufferPointer<UInt8>, guard: Bool, into sink: ByteSink) {
        if `guard`, !utf8.isEmpty, FormulaGuard.isTrigger(utf8[0]) { sink.write(FormulaGuard.prefix) }
        sink.write(utf8)
    }

    /// Appends one field holding `utf8`, which holds a quote or a line break (so that every dialect
    /// quotes it), and the same field to the current record of `other`: the quotes are doubled once,
    /// in this writer's sink, and the quoted bytes copied from there (each writer adds its own formula guard).
    mutating func field(quotedInBoth utf8: UnsafeBufferPointer<UInt8>, alsoInto other: inout CSVWriter) {
        beginField()
        other.beginField()
        if utf8.count > Self.longestCopiedField {
            // Each writer doubles the quotes of a long field itself, straight into its sink.
            Self.write(utf8, specials: specials, guard: guardsFormulas, into: sink)
            return Self.write(utf8, specials: other.specials, guard: other.guardsFormulas, into: other.sink)
        }
        let trigger = !utf8.isEmpty && FormulaGuard.isTrigger(utf8[0])
        let (guarded, otherGuarded, otherSink) = (guardsFormulas && trigger, other.guardsFormulas && trigger, other.sink)
        // At most: two quotes, the guard, and every byte a quote (doubled).
        sink.write(upTo: 2 * utf8.count + 3) { p in
            p[0] = 0x22
            var n = 1
            if guarded {
                p[n] = FormulaGuard.prefix
                n += 1
            }
            let body = n
            var mark = 0
            while let i = Self.quotes.firstIndex(in: utf8, from: mark) {
                (p + n).update(from: utf8.baseAddress! + mark, count: i + 1 - mark)  // up to and including the quote,
                n += i + 1 - mark
                p[n] = 0x22  // which is doubled
                n += 1
                mark = i + 1
            }
            if mark < utf8.count {
                (p + n).update(from: utf8.baseAddress! + mark, count: utf8.count - mark)
                n += utf8.count - mark
            }
            p[n] = 0x22
            n += 1
            otherSink.write(0x22)
            if otherGuarded { otherSink.write(FormulaGuard.prefix) }
            otherSink.write(UnsafeBufferPointer(start: p + body, count: n - body))
            return n
        }
    }

    /// The longest field `field(quotedInBoth:alsoInto:)` quotes once for both writers: quoted in
    /// place, a field needs room for twice its length in the sink, and a message naming every copy of
    /// a region (~1 MB on a large archive) grew the buffer to that size for the rest of the file.
    static let longestCopiedField = 64 << 10

    /// Appends one empty field to the current record.
    @inline(__always)
    mutating func emptyField() {
        beginField()
    }

    /// The text written last in one column and, once it repeated, its bytes.
    private struct RepeatedField {
        var text: String?
        var bytes: [UInt8]?
    }

    /// The bytes `field(_:)` writes for `text` in this dialect.
    private func rendered(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { utf8 in
            if !needsQuotes(utf8), !guardsFormulas || utf8.isEmpty || !FormulaGuard.isTrigger(utf8[0]) { return Array(utf8) }
            let scratch = ByteSink()
            Self.write(utf8, specials: specials, guard: guardsFormulas, into: scratch)
            return scratch.bytes
        }
    }

    /// Appends one field given as UTF-8 bytes to the current record.
    mutating func field(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        beginField()
        Self.write(bytes, specials: specials, guard: guardsFormulas, into: sink)
    }

    /// Appends one field made of `count` parts joined by `joiner` (an ASCII byte), part `i` given
    /// as bytes by `part(i)`: the bytes `field` writes for the joined text, without making it.
    mutating func field(joining count: Int, by joiner: UInt8, part: (Int) -> UnsafeBufferPointer<UInt8>) {
        var quoted = count > 1 && needsQuotes(joiner: joiner)
        var i = 0
        while !quoted, i < count {
            quoted = needsQuotes(part(i))
            i += 1
        }
        field(joining: count, by: joiner, quoted: quoted, part: part)
    }

    /// `field(joining:by:part:)` for a caller that knows whether the joined text needs quotes:
    /// `quoted` must be whether any part does (`needsQuotes(_:)`) or, with several parts, the joiner does.
    mutating func field(joining count: Int, by joiner: UInt8, quoted needsQuotes: Bool, part: (Int) -> UnsafeBufferPointer<UInt8>) {
        beginField()
        guard count > 0 else { return }
        let first = part(0)
        let guarded = guardsFormulas && FormulaGuard.isTrigger(first.isEmpty ? (count > 1 ? joiner : 0x41) : first[0])
        if needsQuotes { sink.write(0x22) }
        if guarded { sink.write(FormulaGuard.prefix) }
        for i in 0..<count {
            if i > 0 { sink.write(joiner) }
            if needsQuotes { Self.writeDoublingQuotes(part(i), into: sink) } else { sink.write(part(i)) }
        }
        if needsQuotes { sink.write(0x22) }
    }

    /// Appends one field of `count` bytes that `fill` stores at the address it is given, for a
    /// caller that knows the field needs no quotes (`needsQuotes(_:)` is false for all of it);
    /// `lead`: its first byte (nil when empty), for the formula guard.
    mutating func field(unquoted count: Int, startingWith lead: UInt8?, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) {
        beginField()
        if guardsFormulas, let lead, FormulaGuard.isTrigger(lead) { sink.write(FormulaGuard.prefix) }
        sink.write(upTo: count) { p in
            fill(p)
            return count
        }
    }

    /// Whether a field holding `bytes` is quoted in this dialect.
    @inline(__always)
    func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { specials.firstIndex(in: bytes) != nil }

    /// Whether a field holding `joiner` is quoted in this dialect.
    func needsQuotes(joiner: UInt8) -> Bool { specials.matches(joiner) }

    @inline(__always)
    private mutating func beginField() {
        if !atRecordStart { sink.write(separator) }
        atRecordStart = false
    }

    /// Writes a field's bytes, quoted (with its quotes doubled) when they hold the separator, a
    /// quote or a line break; with `guard`, a field a spreadsheet would read as a formula gets a
    /// leading `'` (`FormulaGuard`), inside the quotes when it has them.
    @inline(__always)
    private static func write(_ utf8: UnsafeBufferPointer<UInt8>, specials: ByteFinder, guard: Bool,
                              into sink: ByteSink) {
        let guarded = `guard` && !utf8.isEmpty && FormulaGuard.isTrigger(utf8[0])
        guard specials.firstIndex(in: utf8) != nil else {
            if guarded { sink.write(FormulaGuard.prefix) }
            sink.write(utf8)
            return
        }
        sink.write(0x22)
        if guarded { sink.write(FormulaGuard.prefix) }
        writeDoublingQuotes(utf8, into: sink)
        sink.write(0x22)
    }

    /// Finds the quotes of a field that is quoted.
    private static let quotes = ByteFinder([0x22])

    /// Writes `utf8` with each quote doubled, the runs between quotes copied whole.
    private static func writeDoublingQuotes(_ utf8: UnsafeBufferPointer<UInt8>, into sink: ByteSink) {
        var mark = 0
        while let i = quotes.firstIndex(in: utf8, from: mark) {
            sink.write(UnsafeBufferPointer(rebasing: utf8[mark...i]))  // up to and including the quote,
            sink.write(0x22)  // which is doubled
            mark = i + 1
        }
        sink.write(UnsafeBufferPointer(rebasing: utf8[mark...]))
    }

    /// Appends one numeric field to the current record.
    mutating func field(_ number: Int) {
        beginField()
        sink.write(decimal: number)
    }

    /// Appends one numeric field to the current record and the same to that of `other`: its digits
    /// written once and copied (a number reads the same in every dialect).
    mutating func field(_ number: Int, alsoInto other: inout CSVWriter) {
        guard number >= 0 else {
            field(number)
            return other.field(number)
        }
        beginField()
        other.beginField()
        let otherSink = other.sink
        sink.write(upTo: ByteSink.maxDecimalDigits) { p in
            let n = ByteSink.store(decimal: UInt(number), at: p)
            otherSink.write(UnsafeBufferPointer(start: p, count: n))
            return n
        }
    }

    /// Ends the current record.
    mutating func endRecord() {
        if lineEnding.count == 2 {
            // CRLF (both dialects): two stores rather than a copy.
            let (first, second) = (lineEnding[0], lineEnding[1])
            sink.write(upTo: 2) { p in
                p[0] = first
                p[1] = second
                return 2
            }
        } else {
            sink.write(lineEnding)
        }
        atRecordStart = true
    }
}
