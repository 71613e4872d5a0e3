/// One optional value per figure kind, kept at the kind's position.
///
/// Stands for a `Dictionary` keyed by `FigureKind` in the card reader: a `String`-backed enum hashes
/// its raw value, and every card asks about its five figures several times.
struct FigureSlots<Value> {
    private var values: [Value?] = Array(repeating: nil, count: FigureKind.allCases.count)

    /// The value of `kind`, nil when it has none.
    subscript(kind: FigureKind) -> Value? {
        get { values[Self.position(of: kind)] }
        set { values[Self.position(of: kind)] = newValue }
    }

    /// True when `kind` has a value.
    func contains(_ kind: FigureKind) -> Bool { self[kind] != nil }

    /// The position of `kind` in `FigureKind.allCases`.
    static func position(of kind: FigureKind) -> Int {
        switch kind {
        case .students: 0
        case .schoolBoardsPO: 1
        case .schoolBoardsVO: 2
        case .mboInstitutions: 3
        case .teacherTrainingInstitutions: 4
        }
    }
}

extension FigureSlots where Value == Bool {
    /// Marks `kind` as seen.
    mutating func insert(_ kind: FigureKind) { self[kind] = true }
}
