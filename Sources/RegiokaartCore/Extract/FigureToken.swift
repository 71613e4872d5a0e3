/// A value or a label of a card's figure block, with the lines it came from.
struct FigureToken: Equatable {
    /// Whether the token is a number or the words naming one.
    enum Role: Equatable { case value, label }

    /// Value or label.
    var role: Role
    /// The value as printed, or the label's words joined over its lines.
    var text: String
    /// For a label, the figure it names (nil when it names none).
    var kind: FigureKind?
    /// The card line (index into `CardLines`) where the token starts, and where it ends.
    var firstLine: Int
    var lastLine: Int
    /// True when a ":" or a tab follows the token: the token after it belongs to it.
    var separatorAfter = false
    /// For a label not read exactly ("Aantal …" with the table's keywords), how it was read
    /// (`FigureLabel.reading(of:)`): reported where the card's figures are read.
    var note: FigureLabel.Note?

    /// True when the token is a value.
    var isValue: Bool { role == .value }

    /// True when the token is a label equally near two figures' labels (`FigureLabel.Note.ambiguous`).
    var isAmbiguous: Bool {
        if case .ambiguous? = note { return true }
        return false
    }
}
