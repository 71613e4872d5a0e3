/// The five key figures of a region card.
public struct Figures: Hashable, Sendable, Codable {
    public var students: Int
    public var schoolBoardsPO: Int
    public var schoolBoardsVO: Int
    public var mboInstitutions: Int
    public var teacherTrainingInstitutions: Int

    public init(students: Int = 0, schoolBoardsPO: Int = 0, schoolBoardsVO: Int = 0,
                mboInstitutions: Int = 0, teacherTrainingInstitutions: Int = 0) {
        self.students = students
        self.schoolBoardsPO = schoolBoardsPO
        self.schoolBoardsVO = schoolBoardsVO
        self.mboInstitutions = mboInstitutions
        self.teacherTrainingInstitutions = teacherTrainingInstitutions
    }

    enum CodingKeys: String, CodingKey {
        case students
        case schoolBoardsPO = "school_boards_po"
        case schoolBoardsVO = "school_boards_vo"
        case mboInstitutions = "mbo_institutions"
        case teacherTrainingInstitutions = "teacher_training_institutions"
    }

    /// The value of one figure.
    public subscript(kind: FigureKind) -> Int {
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

    /// The sectors these figures show: a sector is served when it has a non-zero count
    /// of its school boards (po, vo) or institutions (mbo).
    public var sectors: [Sector] {
        var result: [Sector] = []
        if schoolBoardsPO > 0 { result.append(.po) }
        if schoolBoardsVO > 0 { result.append(.vo) }
        if mboInstitutions > 0 { result.append(.mbo) }
        return result
    }
}

/// One of the five figures on a card, named as in the outputs.
public enum FigureKind: String, CaseIterable, Sendable, Codable {
    case students
    case schoolBoardsPO = "school_boards_po"
    case schoolBoardsVO = "school_boards_vo"
    case mboInstitutions = "mbo_institutions"
    case teacherTrainingInstitutions = "teacher_training_institutions"
}
