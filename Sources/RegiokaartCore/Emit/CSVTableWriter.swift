/// One table written as CSV in one or more dialects at once (`regions.csv` and `excel-nl/regions.csv`):
/// each value is read from its row once, and a text is checked once for the bytes that any of the
/// dialects would quote, rather than rendered from scratch per dialect.
///
/// Every dialect's bytes are exactly those of a `CSVWriter` of that dialect alone: a field no
/// dialect quotes is copied into each file as it is (with the formula guard where the dialect has
/// it); any other field is written by each dialect's writer in full.
struct CSVTableWriter {
    /// The writer of the first target's dialect.
    private(set) var first: CSVWriter
    /// The writer of the second target's dialect, if there is one. Two stored writers rather than
    /// an array: every field of the large tables goes through here, and an array element's
    /// uniqueness check per mutation cost more than the field itself.
    private(set) var second: CSVWriter?
    /// Finds the bytes that make a field need quotes in either dialect: both separators, a quote,
    /// LF and CR, and with them the other bytes below 0x10 (a field holding one of those rare
    /// bytes is written by each dialect's writer in full).
    private let specials: ByteFinder

    /// Starts the table in each target's dialect (one or two), writing `header` into each target's sink.
    init(header: [String], into targets: [CSVTarget]) {
        precondition((1...2).contains(targets.count))
        precondition(targets.count < 2 || targets[0].sink !== targets[1].sink, "a field is copied from one file into the other")
        first = CSVWriter(dialect: targets[0].dialect, header: header, into: targets[0].sink)
        second = targets.count > 1 ? CSVWriter(dialect: targets[1].dialect, header: header, into: targets[1].sink) : nil
        let separators = targets.map { UInt8(ascii: $0.dialect.separator.unicodeScalars.first!) }
        specials = ByteFinder(Array(Set(separators)).sorted() + [0x22], below: 0x10)
    }

    /// Appends one text field of column `column` (its place in the record) to every dialect's record.
    @inline(__always)
    mutating func field(_ text: String, column: Int) {
        guard second != nil else { return first.field(text, column: column) }
        // Both writers have seen the same texts in this column: the first one's memory speaks for both.
        if first.repeats(text, column: column) {
            first.fieldRepeating(column: column)
            second!.fieldRepeating(column: column)
            return
        }
        let specials = self.specials
        if text.utf8.withContiguousStorageIfAvailable({ specials.firstIndex(in: $0) == nil }) ?? false {
            first.field(unquoted: text)
            second!.field(unquoted: text)
        } else {
            quotedField(text)
        }
        first.remember(text, column: column)
        second!.remember(text, column: column)
    }

    /// Appends a text that holds a byte of `specials` to both dialects' records. Out of line: the
    /// row loops of the large tables inline `field(_:column:)`, whose plain path is what they need.
    @inline(never)
    private mutating func quotedField(_ text: String) {
        let specials = self.specials
        switch text.utf8.withContiguousStorageIfAvailable({ Self.quoting($0, specials: specials) }) ?? .differs {
        case .both:
            // A long message with quotes: its quotes doubled once, the quoted bytes copied into the other file.
            var text = text
            text.withUTF8 { first.field(quotedInBoth: $0, alsoInto: &second!) }
        case .none, .differs:
            first.field(text)
            second!.field(text)
        }
    }

    /// Which dialects quote a field.
    private enum Quoting {
        /// Neither dialect: no byte of `specials`.
        case none
        /// Both dialects, with the same quoted bytes: the field holds a quote or a line break.
        case both
        /// Either one, or a rare byte below 0x10: each dialect's writer writes it in full.
        case differs
    }

    /// Finds a quote or a line break: a field holding one is quoted in every dialect.
    private static let quotesAndBreaks = ByteFinder([0x22, 0x0A, 0x0D])

    /// How the dialects quote a field holding `utf8`; `specials`: the table's `specials`.
    @inline(__always)
    private static func quoting(_ utf8: UnsafeBufferPointer<UInt8>, specials: ByteFinder) -> Quoting {
        guard let at = specials.firstIndex(in: utf8) else { return .none }
        return quotesAndBreaks.firstIndex(in: utf8, from: at) != nil ? .both : .differs
    }

    /// Appends one numeric field to every dialect's record.
    @inline(__always)
    mutating func field(_ number: Int) {
        guard second != nil else { return first.field(number) }
        first.field(number, alsoInto: &second!)
    }

    /// Appends one empty field to every dialect's record.
    @inline(__always)
    mutating func emptyField() {
        first.emptyField()
        second?.emptyField()
    }

    /// Lets `write` append to each dialect's record in turn (a field written straight into the
    /// writer); `dialect`: the writer's place among the targets.
    @inline(__always)
    mutating func forEachDialect(_ write: (_ dialect: Int, inout CSVWriter) -> Void) {
        write(0, &first)
        if second != nil { write(1, &second!) }
    }

    /// Ends the current record in every dialect.
    @inline(__always)
    mutating func endRecord() {
        first.endRecord()
        second?.endRecord()
    }
}

/// Where one dialect's CSV of a table goes.
struct CSVTarget {
    let dialect: CSVDialect
    let sink: ByteSink
}
