/// The five key figures of a region card. A figure is nil when it was not read: the card lacks it,
/// or its value could not be paired with its label for certain, is no number, or is implausible.
/// An unread figure is published empty (JSON `null`, an empty CSV cell), never as 0.
struct Figures: Hashable, Sendable, Codable {
    var students: Int?
    var schoolBoardsPO: Int?
    var schoolBoardsVO: Int?
    var mboInstitutions: Int?
    var teacherTrainingInstitutions: Int?

    /// Figures as given; a figure left out is unread.
    init(students: Int? = nil, schoolBoardsPO: Int? = nil, schoolBoardsVO: Int? = nil,
         mboInstitutions: Int? = nil, teacherTrainingInstitutions: Int? = nil) {
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

    /// Every key is written, an unread figure as `null` (synthesised `Codable` would leave it out):
    /// a reader sees the figure is unknown, not that the format lacks it. `RegionsJSONWriter` agrees.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(students, forKey: .students)
        try container.encode(schoolBoardsPO, forKey: .schoolBoardsPO)
        try container.encode(schoolBoardsVO, forKey: .schoolBoardsVO)
        try container.encode(mboInstitutions, forKey: .mboInstitutions)
        try container.encode(teacherTrainingInstitutions, forKey: .teacherTrainingInstitutions)
    }

    /// The value of one figure; nil when it was not read.
    subscript(kind: FigureKind) -> Int? {
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

    /// True when all five figures were read.
    var isComplete: Bool { FigureKind.allCases.allSatisfy { self[$0] != nil } }

    /// The sectors these figures show: a sector is served when its count of school boards (po, vo)
    /// or institutions (mbo) was read and is not zero. A sector whose count was not read is in
    /// `unknownSectors` instead.
    var sectors: [Sector] {
        Sector.allCases.filter { (self[$0.figure] ?? 0) > 0 }
    }

    /// The sectors whose count was not read: whether the region serves them, the figures do not say.
    var unknownSectors: [Sector] {
        Sector.allCases.filter { self[$0.figure] == nil }
    }
}

extension Sector {
    /// The figure that shows whether a region serves the sector: its school boards or institutions.
    var figure: FigureKind {
        switch self {
        case .po: .schoolBoardsPO
        case .vo: .schoolBoardsVO
        case .mbo: .mboInstitutions
        }
    }
}
