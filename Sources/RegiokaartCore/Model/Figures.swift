/// The five key figures of a region card. A figure is nil when it was not read: the card lacks it,
/// or its value could not be paired with its label for certain, is no number, or is implausible.
/// An unread figure is published empty (JSON `null`, an empty CSV cell), never as 0.
struct Figures: Hashable, Sendable, Codable {
    var students: Int? { get { self[.students] } set { self[.students] = newValue } }
    var schoolBoardsPO: Int? { get { self[.schoolBoardsPO] } set { self[.schoolBoardsPO] = newValue } }
    var schoolBoardsVO: Int? { get { self[.schoolBoardsVO] } set { self[.schoolBoardsVO] = newValue } }
    var mboInstitutions: Int? { get { self[.mboInstitutions] } set { self[.mboInstitutions] = newValue } }
    var teacherTrainingInstitutions: Int? { get { self[.teacherTrainingInstitutions] } set { self[.teacherTrainingInstitutions] = newValue } }

    /// The figures' values (0 when unread) and a bit per read figure (`bit(_:)`): 48 bytes in every
    /// region, where five `Int?` took 80.
    private var heldStudents = 0, heldSchoolBoardsPO = 0, heldSchoolBoardsVO = 0, heldMBO = 0, heldTeacherTraining = 0
    private var read: UInt8 = 0

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

    /// Every key read when present (an absent or `null` key: unread), as synthesised `Codable` would.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(students: try container.decodeIfPresent(Int.self, forKey: .students),
                  schoolBoardsPO: try container.decodeIfPresent(Int.self, forKey: .schoolBoardsPO),
                  schoolBoardsVO: try container.decodeIfPresent(Int.self, forKey: .schoolBoardsVO),
                  mboInstitutions: try container.decodeIfPresent(Int.self, forKey: .mboInstitutions),
                  teacherTrainingInstitutions: try container.decodeIfPresent(Int.self, forKey: .teacherTrainingInstitutions))
    }

    /// The value of one figure; nil when it was not read.
    subscript(kind: FigureKind) -> Int? {
        get {
            guard read & Self.bit(kind) != 0 else { return nil }
            switch kind {
            case .students: return heldStudents
            case .schoolBoardsPO: return heldSchoolBoardsPO
            case .schoolBoardsVO: return heldSchoolBoardsVO
            case .mboInstitutions: return heldMBO
            case .teacherTrainingInstitutions: return heldTeacherTraining
            }
        }
        set {
            let value = newValue ?? 0  // an unread figure holds 0, so equal figures are equal field by field
            switch kind {
            case .students: heldStudents = value
            case .schoolBoardsPO: heldSchoolBoardsPO = value
            case .schoolBoardsVO: heldSchoolBoardsVO = value
            case .mboInstitutions: heldMBO = value
            case .teacherTrainingInstitutions: heldTeacherTraining = value
            }
            if newValue == nil { read &= ~Self.bit(kind) } else { read |= Self.bit(kind) }
        }
    }

    /// The bit of `kind` in `read`.
    private static func bit(_ kind: FigureKind) -> UInt8 {
        switch kind {
        case .students: 1
        case .schoolBoardsPO: 2
        case .schoolBoardsVO: 4
        case .mboInstitutions: 8
        case .teacherTrainingInstitutions: 16
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
