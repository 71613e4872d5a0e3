import Foundation
import Testing
@testable import RegiokaartCore

/// `Figures` held as five values and a mask of the read ones behaves as five `Int?` do: every
/// figure reads back as set, equality, hashing and JSON as the plain five optionals', for every
/// set of read figures and values at the edges.
@Suite struct FiguresLayoutTests {
    /// The plain way: five optionals.
    struct Plain: Hashable, Codable {
        var students: Int?, schoolBoardsPO: Int?, schoolBoardsVO: Int?, mboInstitutions: Int?, teacherTrainingInstitutions: Int?
        enum CodingKeys: String, CodingKey {
            case students, schoolBoardsPO = "school_boards_po", schoolBoardsVO = "school_boards_vo"
            case mboInstitutions = "mbo_institutions", teacherTrainingInstitutions = "teacher_training_institutions"
        }
        var values: [Int?] { [students, schoolBoardsPO, schoolBoardsVO, mboInstitutions, teacherTrainingInstitutions] }
    }

    static let values = [0, 1, -1, 7, 1 << 31, Int.max, Int.min]

    static func all() -> [(Figures, Plain)] {
        var all: [(Figures, Plain)] = []
        for mask in 0..<32 {
            for k in values.indices {
                let v = { (bit: Int) -> Int? in mask & (1 << bit) == 0 ? nil : values[(k + bit) % values.count] }
                let plain = Plain(students: v(0), schoolBoardsPO: v(1), schoolBoardsVO: v(2), mboInstitutions: v(3), teacherTrainingInstitutions: v(4))
                all.append((Figures(students: v(0), schoolBoardsPO: v(1), schoolBoardsVO: v(2), mboInstitutions: v(3),
                                    teacherTrainingInstitutions: v(4)), plain))
            }
        }
        all += RealInput.dataset.regions.map { region in
            let f = region.figures
            return (f, Plain(students: f.students, schoolBoardsPO: f.schoolBoardsPO, schoolBoardsVO: f.schoolBoardsVO,
                             mboInstitutions: f.mboInstitutions, teacherTrainingInstitutions: f.teacherTrainingInstitutions))
        }
        return all
    }

    @Test func figuresBehaveAsFiveOptionals() throws {
        #expect(MemoryLayout<Figures>.stride == 48 && MemoryLayout<Region>.stride <= 224)
        let all = Self.all()
        for (figures, plain) in all {
            #expect(FigureKind.allCases.map { figures[$0] } == plain.values)
            #expect([figures.students, figures.schoolBoardsPO, figures.schoolBoardsVO, figures.mboInstitutions,
                     figures.teacherTrainingInstitutions] == plain.values)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let json = try encoder.encode(figures)
            #expect(try JSONDecoder().decode(Figures.self, from: json) == figures)
            #expect(try JSONDecoder().decode(Plain.self, from: json) == plain)
            #expect(try JSONDecoder().decode(Figures.self, from: try encoder.encode(plain)) == figures)
            // Each figure set anew, unread and read again, in any order.
            var changed = figures
            for kind in FigureKind.allCases.reversed() { changed[kind] = nil }
            #expect(changed == Figures())
            for kind in FigureKind.allCases { changed[kind] = figures[kind] }
            #expect(changed == figures && changed.hashValue == figures.hashValue)
        }
        for k in stride(from: 0, to: all.count, by: 7) {
            for m in stride(from: 0, to: all.count, by: 11) {
                #expect((all[k].0 == all[m].0) == (all[k].1 == all[m].1))
            }
        }
    }
}
