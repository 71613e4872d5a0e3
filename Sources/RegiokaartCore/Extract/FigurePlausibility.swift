/// What a card's five figures can be, so that a value read under the wrong label is caught even
/// when the layout looked unambiguous: one table of bounds and one of orderings.
///
/// The bounds are far above any real region (the seed's largest: 159,846 pupils, 114 po boards,
/// 32 vo boards, 8 mbo institutions, 12 teacher-training institutions) and far below the next
/// figure up, so a value from the pupils' slot can never pass as a board count.
enum FigurePlausibility {
    /// The largest value each figure can have.
    static let bounds: [(kind: FigureKind, maximum: Int)] = [
        (.students, 5_000_000),  // the Netherlands has about 2.5 million pupils and students in all
        (.schoolBoardsPO, 1_000),  // about 900 po boards nationwide
        (.schoolBoardsVO, 500),  // about 300 vo boards nationwide
        (.mboInstitutions, 100),  // about 60 mbo institutions
        (.teacherTrainingInstitutions, 100),  // a few dozen teacher-training institutes
    ]

    /// Figures that must be smaller than another when both are read: a board or institution has
    /// many pupils, so a region never has as many boards as pupils (nor boards and no pupils).
    static let smallerThan: [(smaller: FigureKind, larger: FigureKind)] = [
        (.schoolBoardsPO, .students),
        (.schoolBoardsVO, .students),
        (.mboInstitutions, .students),
        (.teacherTrainingInstitutions, .students),
    ]

    /// One contradiction: the figures involved and a sentence naming their values.
    struct Finding {
        var kinds: [FigureKind]
        var message: String
    }

    /// The contradictions among the figures read (an unread figure contradicts nothing).
    static func check(_ figures: Figures) -> [Finding] {
        var findings: [Finding] = []
        for (kind, maximum) in bounds {
            guard let value = figures[kind], value > maximum else { continue }
            findings.append(Finding(kinds: [kind], message: "\(kind.rawValue) = \(value) is more than any region can have (at most \(maximum)); not published. Is it a value of another label?"))
        }
        for (smaller, larger) in smallerThan {
            // Boards without pupils count too (0 pupils beside 53 boards: the pupils' slot holds another value).
            guard let small = figures[smaller], let large = figures[larger], small > 0, small >= large else { continue }
            findings.append(Finding(kinds: [smaller, larger], message: "\(smaller.rawValue) = \(small) is not fewer than \(larger.rawValue) = \(large); neither is published. Are two values swapped?"))
        }
        return findings
    }
}
