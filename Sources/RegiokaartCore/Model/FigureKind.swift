/// One of the five figures on a card, named as in the outputs.
enum FigureKind: String, CaseIterable, Sendable, Codable {
    case students
    case schoolBoardsPO = "school_boards_po"
    case schoolBoardsVO = "school_boards_vo"
    case mboInstitutions = "mbo_institutions"
    case teacherTrainingInstitutions = "teacher_training_institutions"
}
