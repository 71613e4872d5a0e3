/// One optional value per figure kind.
///
/// Stands for a `Dictionary` keyed by `FigureKind` in the card reader: a `String`-backed enum hashes
/// its raw value, and every card asks about its five figures several times. Five stored slots rather
/// than an array: every card makes two of these, and an array was a heap allocation and its release each.
struct FigureSlots<Value> {
    private var students: Value?
    private var schoolBoardsPO: Value?
    private var schoolBoardsVO: Value?
    private var mboInstitutions: Value?
    private var teacherTrainingInstitutions: Value?

    /// The value of `kind`, nil when it has none.
    subscript(kind: FigureKind) -> Value? {
        get {
            switch kind {
            case .students: students
            case .schoolBoardsPO: schoolBoardsPO
            case .schoolBoardsVO: schoolBoardsVO
            case .mboInstitutions: mboInstitutions
            case .teacherTrainingInstitutions: teacherTrainingInstitutions
            }
        }
        set {
            switch kind {
            case .students: students = newValue
            case .schoolBoardsPO: schoolBoardsPO = newValue
            case .schoolBoardsVO: schoolBoardsVO = newValue
            case .mboInstitutions: mboInstitutions = newValue
            case .teacherTrainingInstitutions: teacherTrainingInstitutions = newValue
            }
        }
    }

    /// True when `kind` has a value.
    func contains(_ kind: FigureKind) -> Bool { self[kind] != nil }
}

extension FigureSlots where Value == Bool {
    /// Marks `kind` as seen.
    mutating func insert(_ kind: FigureKind) { self[kind] = true }
}
