/// One line of a source document, as the extractors see it.
///
/// The text extractor reads these from a plain-text file; the HTML reader produces the same
/// structure from a DOM, so that everything after reading is shared by both formats.
struct SourceLine: Hashable, Sendable {
    /// The text of the line, without its line terminator.
    var text: String
    /// 1-based line number in the original file.
    var number: Int

    init(_ text: String, number: Int) {
        self.text = text
        self.number = number
    }
}
