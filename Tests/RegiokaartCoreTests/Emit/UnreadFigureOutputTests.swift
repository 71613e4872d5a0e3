import Foundation
import Testing
@testable import RegiokaartCore

/// Issue 11: a figure that cannot be read is reported and published empty, also under
/// `--allow-errors`: `null` in regions.json, an empty cell in regions.csv and excel-nl/regions.csv,
/// NULL in the database, "—" in the report; never 0 and never another figure's value. The card's
/// other figures are still published.
///
/// The real publication with three cards damaged goes through the whole build (`BuildJob.run` with
/// `allowErrors`); the outputs are read back from disk with other parsers (JSONSerialization,
/// CSV.swift, sqlite3) and compared with the values as printed, found by `PublicationVariants`' own
/// reading of the text, not by the extractor under test.
@Suite struct UnreadFigureOutputTests {
    static let variants = RenderingVariantTests.variants

    /// The figure a label names, by the label's printed words (the test's own reading).
    static func kind(ofLabel lines: [String]) -> FigureKind? {
        let label = lines.joined(separator: " ").lowercased()
        if label.contains("leerlingen") { return .students }
        if label.contains("(po)") { return .schoolBoardsPO }
        if label.contains("(vo)") { return .schoolBoardsVO }
        if label.contains("mbo") { return .mboInstitutions }
        if label.contains("opleiders") { return .teacherTrainingInstitutions }
        return nil
    }

    /// The printed figures of every card, by kind: `70.780` → 70780.
    static let printed: [[FigureKind: Int]] = variants.cards.map { card in
        var figures: [FigureKind: Int] = [:]
        for figure in card.figures {
            let kind = kind(ofLabel: figure.labels.map { variants.lines[$0] })!
            figures[kind] = Int(variants.lines[figure.value].replacingOccurrences(of: ".", with: ""))!
        }
        return figures
    }

    /// One damaged card: which, which figure, and the finding it must bring.
    struct Damage {
        var card: Int
        var kind: FigureKind
        var code: IssueCode
    }

    /// The pupils of the card that prints `70.780` written `7O.780`; the vo school boards' label of
    /// the next card deleted (its value has no label); the po school boards of the card after that
    /// printed as 1.001, more than any region has (1.000 at most).
    static let damages: [Damage] = {
        let oostNederland = printed.firstIndex { $0[.students] == 70780 }!
        let others = printed.indices.filter { $0 != oostNederland && printed[$0][.students]! > 10_000 }
        return [Damage(card: oostNederland, kind: .students, code: .cardFigureNotANumber),
                Damage(card: others[0], kind: .schoolBoardsVO, code: .cardFigureUnpaired),
                Damage(card: others[1], kind: .schoolBoardsPO, code: .cardFigureImplausible)]
    }()

    static func damagedText() -> String {
        variants.render(figure: { card, _, value, labels in
            guard let damage = damages.first(where: { $0.card == card }), kind(ofLabel: labels) == damage.kind else {
                return PublicationVariants.original(value, labels)
            }
            switch damage.code {
            case .cardFigureNotANumber: return PublicationVariants.original(value.replacingOccurrences(of: "70.780", with: "7O.780"), labels)
            case .cardFigureUnpaired: return [value, ""]
            default: return PublicationVariants.original("1.001", labels)
            }
        })
    }

    /// The expected cell of `kind` for card `card`: empty where damaged, else the printed value.
    static func expected(_ card: Int, _ kind: FigureKind) -> Int? {
        damages.contains { $0.card == card && $0.kind == kind } ? nil : printed[card][kind]
    }

    @Test func unreadFiguresArePublishedEmptyInEveryOutput() throws {
        #expect(Self.printed.count == 49 && Self.printed.allSatisfy { $0.count == 5 })
        #expect(Set(Self.damages.map(\.card)).count == 3)
        let text = Self.damagedText()
        #expect(text.contains("\n7O.780\n"))
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let publication = scratch.appendingPathComponent("publication.txt")
        try text.write(to: publication, atomically: true, encoding: .utf8)
        let output = scratch.appendingPathComponent("Output")
        var configuration = InteropSupport.configuration(output: output.path)
        configuration.publicationPath = publication.path
        configuration.allowErrors = true
        let result = try BuildJob.run(configuration)
        #expect(result.published && result.blockingCount > 0)

        // Each damaged card is reported with its figure; no other card has an error.
        let ids = result.dataset.regions.map(\.id)
        #expect(ids.count == 49)
        let errors = result.dataset.issues.filter { $0.severity == .error }
        for damage in Self.damages {
            #expect(errors.contains { $0.regionID == ids[damage.card] && $0.code == damage.code.rawValue }, "\(damage)")
        }
        #expect(Set(errors.compactMap(\.regionID)) == Set(Self.damages.map { ids[$0.card] }))

        // regions.json: every key present, an unread figure null.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("regions.json"))) as? [String: Any]
        let regions = try #require(json?["regions"] as? [[String: Any]])
        #expect(regions.count == 49)
        for (card, region) in regions.enumerated() {
            let figures = try #require(region["figures"] as? [String: Any])
            for kind in FigureKind.allCases {
                if let value = Self.expected(card, kind) {
                    #expect(figures[kind.rawValue] as? Int == value, "\(ids[card]) \(kind.rawValue)")
                } else {
                    #expect(figures[kind.rawValue] is NSNull, "\(ids[card]) \(kind.rawValue): \(figures[kind.rawValue] ?? "absent")")
                }
            }
        }

        // regions.csv in both dialects: an empty cell.
        for (file, separator) in [("regions.csv", Character(",")), ("excel-nl/regions.csv", ";")] {
            let table = try InteropSupport.rows(Array(try Data(contentsOf: output.appendingPathComponent(file))), separator: separator)
            let header = try #require(table.first)
            #expect(table.count == 50, "\(file)")
            for (card, row) in table.dropFirst().enumerated() {
                #expect(row[0] == ids[card])
                for kind in FigureKind.allCases {
                    let column = try #require(header.firstIndex(of: kind.rawValue))
                    #expect(row[column] == Self.expected(card, kind).map(String.init) ?? "", "\(file) \(ids[card]) \(kind.rawValue)")
                }
            }
        }

        // The report shows "—" for the unread pupils.
        let report = try String(contentsOf: output.appendingPathComponent("report.md"), encoding: .utf8)
        let row = try #require(report.split(separator: "\n").first { $0.hasPrefix("| \(ids[Self.damages[0].card]) |") })
        #expect(row.contains("| — |"), "\(row)")

        // The database: NULL, and the other figures kept.
        let db = scratch.appendingPathComponent("regiokaart.sqlite").path
        try RunDatabase(path: db).record(.finished(result), configuration: configuration, reference: result.reference,
                                         startedAt: Date(), sources: SourceFingerprint.inputs(of: configuration))
        #expect(try InteropSupport.sqlite3(db, "SELECT id FROM regions WHERE students IS NULL;") == [ids[Self.damages[0].card]])
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM regions WHERE students IS NULL OR school_boards_po IS NULL OR school_boards_vo IS NULL OR mbo_institutions IS NULL OR teacher_training_institutions IS NULL;") == ["3"])
        #expect(try InteropSupport.sqlite3(db, "SELECT school_boards_po FROM regions WHERE id = '\(ids[Self.damages[0].card])';") == ["53"])
    }

    /// A sector whose count was not read comes from the name's tag when the tag names it; the tag
    /// is contradicted only by a figure that was read; and nothing is said to have no sector.
    @Test func sectorsOfACardWithAnUnreadCount() throws {
        let card = Fixture.card(name: "Noorderwijzer (vo/mbo)", figures: ["12.345", "0", "7O", "2", "1"], area: ["- Groningen"])
        let untagged = Fixture.card(name: "Zuiderwijzer", figures: ["12.345", "0", "7O", "0", "1"], area: ["- Maastricht"])
        let data = try Fixture.dataset(card + untagged)
        let tagged = try #require(data.regions.first)
        #expect(tagged.figures.schoolBoardsVO == nil)
        #expect(tagged.sectors == [.vo, .mbo])
        #expect(data.issues(.sectorTagMismatch).isEmpty)
        // No tag, no po or mbo, vo unread: the sectors are unknown, not "none".
        #expect(data.regions[1].sectors.isEmpty)
        #expect(data.issues(.sectorNone).isEmpty)
        #expect(data.issues(.cardFigureNotANumber).count == 2)
    }

    /// Regions with an unread figure are not "identical" to each other.
    @Test func unreadFiguresAreNeverIdentical() throws {
        let a = Fixture.card(name: "Regio A", figures: ["12.345", "3", "7O", "0", "1"], area: ["- Ede"])
        let b = Fixture.card(name: "Regio B", figures: ["12.345", "3", "7O", "0", "1"], area: ["- Epe"])
        let c = Fixture.card(name: "Regio C", figures: ["12.345", "3", "0", "0", "1"], area: ["- Elburg"])
        let d = Fixture.card(name: "Regio D", figures: ["12.345", "3", "0", "0", "1"], area: ["- Emmen"])
        let data = try Fixture.dataset(a + b + c + d)
        #expect(data.issues(.regionIdenticalFigures).map(\.resultValue) == ["regio-c|regio-d"])
    }
}
