/// `FigureLabel.kind(of:)` remembered per distinct label text, and labels continued line by line
/// remembered per distinct continuation.
///
/// A card's labels are read a line at a time and their kind asked after every line ("Aantal",
/// "Aantal leerlingen/", "Aantal leerlingen/ studenten"), while a document words its labels in a
/// handful of ways: one dictionary look-up replaces a search of the keyword table, and joining a
/// label with its next line's words gives the text made the first time (shared, not built again).
/// Bounded, so that a document of ever new labels costs the table search and no more memory.
struct FigureLabelMemo {
    /// The most label texts (and the most continuations) remembered.
    static let capacity = 512

    private var kinds: [String: FigureKind?] = [:]

    /// A label's text so far and the words of the line that continues it.
    private struct Continuation: Hashable {
        let label: String
        let words: String
    }

    private var continued: [Continuation: (text: String, kind: FigureKind?)] = [:]

    /// `FigureLabel.kind(of: label)`.
    mutating func kind(of label: String) -> FigureKind? {
        if let known = kinds[label] { return known }
        let kind = FigureLabel.kind(of: label)
        if kinds.count < Self.capacity { kinds[label] = .some(kind) }
        return kind
    }

    /// `label + " " + words` and its kind.
    mutating func continuing(_ label: String, with words: String) -> (text: String, kind: FigureKind?) {
        // Only ASCII texts are remembered: for them `String` equality, which the table uses, is
        // equality of the bytes, so the text given back is byte for byte the one joined here.
        guard ASCIIFastPath.isASCII(label), ASCIIFastPath.isASCII(words) else {
            let text = label + " " + words
            return (text, kind(of: text))
        }
        let key = Continuation(label: label, words: words)
        if let known = continued[key] { return known }
        let text = label + " " + words
        let joined = (text: text, kind: kind(of: text))
        if continued.count < Self.capacity { continued[key] = joined }
        return joined
    }
}
