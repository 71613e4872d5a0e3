import Testing
@testable import RegiokaartCore

/// A card's key figures printed as a list (`FigureLine.listedFigureStart`): the bullet is list
/// markup, never part of a value or label, and a list item that is no figure keeps its bullet.
@Suite struct ListedFigureTests {
    /// The offset where `line`'s figure starts, as `CardLines` reads it.
    static func start(_ line: String, beside: Bool = false) -> Int? {
        var line = line
        return line.withUTF8 { FigureLine.listedFigureStart($0, besideListedFigure: beside) }
    }

    @Test(arguments: [
        ("- 70.780 Aantal leerlingen/studenten", 2), ("• 53 schoolbesturen (po)", 4), ("•53 Aantal aangesloten schoolbesturen (po)", 3),
        ("* Aantal aangesloten opleiders: 6", 2), ("- 70.780", 2), ("-\t70 780", 2), ("–\u{00A0}0 Aantal aangesloten mbo-instellingen", 5),
        ("▪ Leerlingen/studenten: 70.780", 4), ("- 6\tAangesloten opleiders", 2), ("| 70.780 | Aantal leerlingen/studenten |", 2),
        ("|Aantal aangesloten opleiders|6|", 1),
    ])
    func aFigureAfterABulletIsReadWithoutIt(line: String, offset: Int) {
        #expect(Self.start(line) == offset, "\(line.debugDescription)")
    }

    /// Area items, sentences, markdown and numbers that are no figure keep their line as printed.
    @Test(arguments: [
        "- Aalten", "• Groningen", "- 's-Hertogenbosch", "- 27 regio's doen mee aan de pilot", "- 2023 was het jaar van de start",
        "**Verzorgingsgebied**", "-70.780", "- Aantal leerlingen/studenten", "* Aantal", "70.780", "Aantal leerlingen/studenten",
        "- 12 Amsterdam", "- Thema: zij-instroom", "-", "• ", "- 3 gemeenten werken samen", "| Aalten |", "| 2023 | het jaar van de start |",
    ])
    func aListItemThatIsNoFigureKeepsItsBullet(line: String) {
        #expect(Self.start(line) == nil, "\(line.debugDescription)")
    }

    /// A label alone after a bullet is a listed figure beside one ("- 70.780" / "- Aantal …"), and
    /// elsewhere a dash printed for the value (`FigureLine.dashBeforeLabel`).
    @Test func aLabelAloneIsListedOnlyBesideAListedFigure() {
        #expect(Self.start("- Aantal leerlingen/studenten", beside: true) == 2)
        #expect(Self.start("• Leerlingen/studenten", beside: true) == 4)
        #expect(Self.start("- Aalten", beside: true) == nil)
        #expect(Self.start("- Aantal leerlingen/studenten") == nil)
    }

    @Test func aTableDelimiterRowIsMarkupAndTheLastBorderIsTrimmed() {
        func delimiter(_ line: String) -> Bool { var line = line; return line.withUTF8 { FigureLine.isTableDelimiterRow($0) } }
        #expect(delimiter("|---|---|") && delimiter("| --- | :---: |") && delimiter("|-|"))
        #expect(!delimiter("-") && !delimiter("---") && !delimiter("| 70.780 |") && !delimiter("|||"))
        func end(_ line: String) -> Int { var line = line; return line.withUTF8 { FigureLine.endBeforeTableBorder($0) } }
        #expect(end("70.780 | Aantal leerlingen/studenten |") == 36 && end("6|") == 1 && end("70.780") == 6)
    }

    /// Two cards printed as a page lists key figures, in HTML (`<ul>` of `<li>`) and in text, value
    /// first and label first, on one line or the label's bullet on a line of its own: every figure
    /// read as in the plain card, nothing reported about the figures.
    @Test(arguments: ListedCard.allCases)
    func aCardWhoseFiguresAreAListReadsAsThePlainCard(rendering: ListedCard) throws {
        let document = try DocumentReader.read(Array(rendering.page.utf8), name: "listed")
        let cards = try BuildJob.cards(of: document)
        #expect(cards.regions.map(\.nameAsPublished) == ["Onderwijsregio Oost-Nederland", "Rotterdam (po)"])
        #expect(cards.regions.map(\.figures) == [ListedCard.figures(70780, 53, 0, 0, 6), ListedCard.figures(51118, 43, 0, 0, 8)])
        #expect(cards.regions.map { $0.area.map(\.raw) } == [["Aalten", "Apeldoorn"], ["Rotterdam"]])
        #expect(!cards.issues.issues().contains { $0.code.hasPrefix("card.") }, "\(cards.issues.issues().map(\.message))")
    }

    /// The renderings of `aCardWhoseFiguresAreAListReadsAsThePlainCard`.
    enum ListedCard: String, CaseIterable, CustomTestStringConvertible {
        case htmlValueFirst, htmlLabelFirstWithColon, textValueFirst, textValueAloneThenLabel, textLabelThenValueBulleted

        var testDescription: String { rawValue }

        static let cards: [(name: String, figures: [String], area: [String])] = [
            ("Onderwijsregio Oost-Nederland", ["70.780", "53", "0", "0", "6"], ["Aalten", "Apeldoorn"]),
            ("Rotterdam (po)", ["51.118", "43", "0", "0", "8"], ["Rotterdam"]),
        ]
        static let labels = ["Aantal leerlingen/studenten", "Aantal aangesloten schoolbesturen (po)", "Aantal aangesloten schoolbesturen (vo)",
                             "Aantal aangesloten mbo-instellingen", "Aangesloten opleiders"]

        static func figures(_ values: Int...) -> Figures {
            var figures = Figures()
            for (kind, value) in zip(FigureKind.allCases, values) { figures[kind] = value }
            return figures
        }

        var page: String {
            switch self {
            case .htmlValueFirst, .htmlLabelFirstWithColon:
                let body = Self.cards.map { card in
                    let items = zip(card.figures, Self.labels).map { value, label in
                        self == .htmlValueFirst ? "<li><span class=\"v\">\(value)</span> <span>\(label)</span></li>" : "<li>\(label): <b>\(value)</b></li>"
                    }
                    return "<section><h3>\(card.name)</h3><ul class=\"kerncijfers\">\(items.joined())</ul><h4>Verzorgingsgebied</h4><ul>"
                        + card.area.map { "<li>\($0)</li>" }.joined() + "</ul><p><a href=\"#\">Terug naar kaart</a></p></section>"
                }
                return "<!DOCTYPE html><html><body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav>" + body.joined() + "</body></html>"
            case .textValueFirst, .textValueAloneThenLabel, .textLabelThenValueBulleted:
                return Self.cards.map { card in
                    let items = zip(card.figures, Self.labels).map { value, label in
                        switch self {
                        case .textValueFirst: "• \(value) \(label)"
                        case .textValueAloneThenLabel: "- \(value)\n- \(label)"
                        default: "- \(label)\n- \(value)"
                        }
                    }
                    return "\(card.name)\n\n" + items.joined(separator: "\n") + "\n\nVerzorgingsgebied\n\n"
                        + card.area.map { "- \($0)" }.joined(separator: "\n") + "\n\n[TERUG NAAR KAART >](#)\n"
                }.joined(separator: "\n")
            }
        }
    }
}
