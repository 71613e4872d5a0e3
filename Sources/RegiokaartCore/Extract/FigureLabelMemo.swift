/// `FigureLabel.kind(of:)` remembered per distinct label text.
///
/// A card's labels are read a line at a time and their kind asked after every line ("Aantal",
/// "Aantal leerlingen/", "Aantal leerlingen/ studenten"), while a document words its labels in a
/// handful of ways: one dictionary look-up replaces a search of the keyword table. Bounded, so
/// that a document of ever new labels costs the table search and no more memory.
struct FigureLabelMemo {
    /// The most label texts remembered.
    static let capacity = 512

    private var kinds: [String: FigureKind?] = [:]

    /// `FigureLabel.kind(of: label)`.
    mutating func kind(of label: String) -> FigureKind? {
        if let known = kinds[label] { return known }
        let kind = FigureLabel.kind(of: label)
        if kinds.count < Self.capacity { kinds[label] = .some(kind) }
        return kind
    }
}
