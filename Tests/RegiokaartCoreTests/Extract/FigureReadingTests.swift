import Testing
@testable import RegiokaartCore

/// The pieces that read a card's figures: numbers as people write them, a line cut into values
/// and labels, the pairing rules, and the plausibility net.
@Suite struct FigureReadingTests {
    static let labels = ["Aantal leerlingen/studenten", "Aantal aangesloten schoolbesturen (po)",
                         "Aantal aangesloten schoolbesturen (vo)", "Aantal aangesloten mbo-instellingen", "Aangesloten opleiders"]
    static let values = ["70.780", "53", "0", "0", "6"]
    static let expected = Figures(students: 70780, schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: 0, teacherTrainingInstitutions: 6)

    /// One card whose figure block is `figures` (lines joined by newlines).
    static func card(_ figures: [String]) -> String {
        "Onderwijsregio Oost-Nederland\n\n" + figures.joined(separator: "\n") + "\n\nVerzorgingsgebied\n\n- Aalten\n\n[TERUG NAAR PO KAART >](#)\n"
    }

    static func extract(_ text: String) -> ExtractedPublication { PublicationExtractor().extract(Fixture.document(text)) }

    static func errors(_ publication: ExtractedPublication) -> [RegiokaartCore.Issue] {
        publication.issues.issues().filter { $0.severity == .error }
    }

    @Test(arguments: [("70.780", 70780), ("70 780", 70780), ("70780", 70780), ("70\u{00A0}780", 70780), ("70\u{202F}780", 70780),
                      ("1\u{2009}234\u{2009}567", 1_234_567), ("0", 0), ("999", 999)])
    func readsNumbersAsPeopleWriteThem(text: String, value: Int) {
        #expect(FigureValue.read(text) == .number(value))
    }

    @Test(arguments: ["70.78", "7.0780", "70 78", "1234.567", "70.7800", "1.23.456"])
    func aSeparatorMustGroupThreeDigits(text: String) {
        #expect(FigureValue.read(text) == .badGrouping)
    }

    @Test(arguments: ["7O.780", "1,5", "70,780", "-5", "1.234 567", "70..780", "", "x"])
    func whatIsNoNumberAtAllIsSaidSo(text: String) {
        #expect(FigureValue.read(text) == .notANumber)
    }

    @Test func cutsALineIntoValuesLabelsAndSeparators() {
        typealias P = FigureLine.Part
        #expect(FigureLine.parts("70.780") == [P.value("70.780")])
        #expect(FigureLine.parts("70 780") == [P.value("70 780")])
        #expect(FigureLine.parts("7O.780") == [P.value("7O.780")])
        #expect(FigureLine.parts("Aantal leerlingen/studenten: 70.780") == [.text("Aantal leerlingen/studenten"), .separator, .value("70.780")])
        #expect(FigureLine.parts("70\u{202F}780 Aantal leerlingen") == [.value("70\u{202F}780"), .text("Aantal leerlingen")])
        #expect(FigureLine.parts("70.780Aantal") == [.value("70.780"), .text("Aantal")])
        #expect(FigureLine.parts("7O.78OAantal") == [.value("7O.78O"), .text("Aantal")])
        #expect(FigureLine.parts("Aantal aangesloten schoolbesturen (po)\t53") == [.text("Aantal aangesloten schoolbesturen (po)"), .separator, .value("53")])
        // Cut the same way, but a block only takes a line that starts with a value or a label.
        #expect(FigureLine.parts("Regio 2") == [.text("Regio"), .value("2")])
    }

    /// A qualified value before its label on one line is one value, its label the rest: a unit
    /// between them, full-width digits and letters glued to the number belong to the value (which
    /// is then reported as no number), never to the label (which would name no figure).
    @Test func aQualifiedValueBeforeItsLabelIsCutAsOneValue() {
        typealias P = FigureLine.Part
        #expect(FigureLine.parts("70.780 leerlingen Aantal leerlingen/studenten") == [P.value("70.780 leerlingen"), .text("Aantal leerlingen/studenten")])
        #expect(FigureLine.parts("70.780 leerlingenAantal") == [P.value("70.780 leerlingen"), .text("Aantal")])
        #expect(FigureLine.parts("ca. 70.780 Aantal leerlingen") == [P.value("ca. 70.780"), .text("Aantal leerlingen")])
        #expect(FigureLine.parts("\u{FF17}\u{FF10}.\u{FF17}\u{FF18}\u{FF10} Aantal") == [P.value("\u{FF17}\u{FF10}.\u{FF17}\u{FF18}\u{FF10}"), .text("Aantal")])
        #expect(FigureLine.parts("69.99O Aantal leerlingen") == [P.value("69.99O"), .text("Aantal leerlingen")])
        // A unit word not followed by a label stays the label's ("12 schoolbesturen (po)" is no unit).
        #expect(FigureLine.parts("12 schoolbesturen (po)") == [P.value("12"), .text("schoolbesturen (po)")])
        for line in ["ca. 70.780 Aantal", "± 70.780Aantal", "\u{FF17}\u{FF10} Aantal", "ruim 12", "tot 12", "\u{00B1} \u{FF17}\u{FF10} Aantal"] {
            #expect(Array(line.utf8).withUnsafeBufferPointer(FigureLine.opensWithQualifiedValue), "\(line)")
        }
        // The first bytes written out in `mayOpenWithApproximation` are those of the table.
        let firstBytes = Set(FigureQualifier.approximations.map { $0.utf8.first! })
        for byte in UInt8.min...UInt8.max {
            #expect(FigureLine.mayOpenWithApproximation(byte) == firstBytes.contains(ASCIIFastPath.lowercase(byte)), "\(byte)")
        }
        for line in ["totaal 12", "Onderwijsregio 12", "ca. tien", "70.780", "Campus 3"] {
            #expect(!Array(line.utf8).withUnsafeBufferPointer(FigureLine.opensWithQualifiedValue), "\(line)")
        }
    }

    /// The figure block in eight layouts: value before label, label before value; on one line, with
    /// a separator, glued, over several lines, in capitals.
    static let layouts: [[String]] = {
        let pairs: [(value: String, label: String)] = Array(zip(values, labels))
        var result: [[String]] = []
        result.append(pairs.flatMap { [$0.value, $0.label] })
        result.append(pairs.flatMap { [$0.label, $0.value] })
        result.append(pairs.map { $0.label + ": " + $0.value })
        result.append(pairs.map { $0.value + " " + $0.label })
        result.append(pairs.map { $0.label + "\t" + $0.value })
        result.append([pairs.map { $0.label + " " + $0.value }.joined(separator: " ")])
        result.append(pairs.flatMap { pair -> [String] in
            let words = pair.label.split(separator: " ").map(String.init)
            return [pair.value + words[0]] + words.dropFirst()
        })
        result.append(pairs.flatMap { [$0.label.uppercased().replacingOccurrences(of: "/", with: "/ "), $0.value] })
        return result
    }()

    @Test(arguments: layouts)
    func readsTheFiguresInEveryLayout(figures: [String]) {
        let publication = Self.extract(Self.card(figures))
        #expect(publication.regions.count == 1)
        #expect(publication.regions.first?.figures == Self.expected)
        #expect(Self.errors(publication).isEmpty, "\(Self.errors(publication).map(\.message))")
        #expect(publication.regions.first?.nameAsPublished == "Onderwijsregio Oost-Nederland")
    }

    /// The issue's --allow-errors case: label before value, one value missing. Read in the wrong
    /// order this gives 70780 po school boards. Alone, the card does not say its order: nothing is
    /// read, every figure is named. After a card that shows the order, the missing value is
    /// reported and the other figures are read, none shifted.
    @Test func aMissingValueNeverShiftsTheOthers() {
        let figures = [Self.labels[0], Self.values[0], Self.labels[1], Self.labels[2], Self.values[2], Self.labels[3], Self.values[3], Self.labels[4], Self.values[4]]
        let alone = Self.extract(Self.card(figures))
        #expect(alone.regions[0].figures == Figures())
        #expect(Set(Self.errors(alone).map(\.code)) == [IssueCode.cardFigureUnpaired.rawValue])
        #expect(Self.errors(alone).count == 9)

        let good = Self.card(zip(Self.values, Self.labels).flatMap { [$1, $0] }).replacingOccurrences(of: "Oost-Nederland", with: "Twente")
        let text = good + "\n" + Self.card(figures)
        let publication = Self.extract(text)
        let region = publication.regions[1]
        #expect(region.figures == Figures(students: 70780, schoolBoardsVO: 0, mboInstitutions: 0, teacherTrainingInstitutions: 6))
        #expect(region.figures.schoolBoardsPO == nil)
        #expect(Self.errors(publication).map(\.code) == [IssueCode.cardFigureMissing.rawValue])
        #expect(Self.errors(publication).first?.field == "figures.school_boards_po")
        let line = try? #require(Self.errors(publication).first?.location?.line)
        #expect(line.map { text.split(separator: "\n", omittingEmptySubsequences: false)[$0 - 1] } == "Aantal aangesloten schoolbesturen (po)")
    }

    /// Values that share a line with the next label contradict the card's alternating shape: which
    /// label a value belongs to is not certain, so none is read, and each is named with its line.
    @Test func contradictoryEvidenceIsReportedNotGuessed() {
        let figures = [Self.labels[0]] + (1..<5).map { "\(Self.values[$0 - 1]) \(Self.labels[$0])" } + [Self.values[4]]
        let publication = Self.extract(Self.card(figures))
        #expect(publication.regions[0].figures == Figures())
        let unpaired = Self.errors(publication).filter { $0.code == IssueCode.cardFigureUnpaired.rawValue }
        #expect(unpaired.count == 10)
        #expect(Set(unpaired.compactMap { $0.location?.line }) == Set(3...8))
    }

    /// A card that lost its pupils label, in a document whose cards are value-first: the orphan value
    /// is reported, the other four figures are read, and the card is still found.
    @Test func aCardWithoutItsPupilsLabelIsStillACard() {
        let good = Self.card(zip(Self.values, Self.labels).flatMap { [$0, $1] })
        let damaged = Self.card([Self.values[0]] + zip(Self.values, Self.labels).dropFirst().flatMap { [$0, $1] })
            .replacingOccurrences(of: "Oost-Nederland", with: "Zuidwest Samen")
        let publication = Self.extract(good + "\n" + damaged)
        #expect(publication.regions.map(\.nameAsPublished) == ["Onderwijsregio Oost-Nederland", "Onderwijsregio Zuidwest Samen"])
        #expect(publication.regions[1].figures == Figures(schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: 0, teacherTrainingInstitutions: 6))
        #expect(publication.regions[1].figures.students == nil)
        #expect(Set(Self.errors(publication).map(\.code)) == [IssueCode.cardFigureUnpaired.rawValue, IssueCode.cardFigureMissing.rawValue])
        #expect(Self.errors(publication).allSatisfy { $0.location?.line ?? 0 > 17 })
    }

    /// A unit word after a value that names a figure the card labels nowhere else is that figure's
    /// label ("70.780 leerlingen/studenten", "6 opleiders"), reported as reworded on its line. When
    /// the card labels the figure elsewhere, names two figures with it, or the word names none or
    /// two ("schoolbesturen"), it stays the value's unit: reported as no number, never guessed.
    @Test func aUnitWordIsALabelOnlyWhereTheCardHasNoneForItsFigure() {
        let bare = Self.extract(Self.card(["70.780 leerlingen/studenten", "53 schoolbesturen (po)", "0 schoolbesturen (vo)",
                                           "0 mbo-instellingen", "6 opleiders"]))
        #expect(bare.regions[0].figures == Self.expected)
        #expect(Self.errors(bare).isEmpty)
        let reworded = bare.issues.issues().filter { $0.code == IssueCode.cardLabelReworded.rawValue }
        #expect(Set(reworded.compactMap(\.rawValue)) == ["leerlingen/studenten", "schoolbesturen (po)", "schoolbesturen (vo)",
                                                          "mbo-instellingen", "opleiders"])
        #expect(reworded.first { $0.rawValue == "opleiders" }?.location?.line == 7)

        // Labelled elsewhere: "70.780 leerlingen" is a value with a unit under its label.
        var figures = zip(Self.values, Self.labels).flatMap { [$0, $1] }
        figures[0] = "70.780 leerlingen"
        let labelled = Self.extract(Self.card(figures))
        #expect(labelled.regions[0].figures.students == nil)
        #expect(Self.errors(labelled).map(\.code) == [IssueCode.cardFigureNotANumber.rawValue])

        // Two values with the same unit: which is the label's cannot be told.
        let twice = Self.extract(Self.card(["70.780 leerlingen", "70.780 leerlingen", "53 schoolbesturen (po)", "0 schoolbesturen (vo)",
                                            "0 mbo-instellingen", "6 opleiders"]))
        #expect(twice.regions[0].figures.students == nil)
        #expect(!Self.errors(twice).isEmpty)

        // "schoolbesturen" alone names po or vo: a unit, not a label.
        let boards = Self.extract(Self.card(["70.780 leerlingen/studenten", "53 schoolbesturen", "0 schoolbesturen (vo)",
                                             "0 mbo-instellingen", "6 opleiders"]))
        #expect(boards.regions[0].figures.schoolBoardsPO == nil)
        #expect(boards.regions[0].figures.students == 70780)
    }

    @Test func figuresThatContradictTheirLabelsAreNotPublished() {
        var labels = Self.labels
        labels.swapAt(0, 1)  // 70.780 under the po label, 53 under the pupils label
        let publication = Self.extract(Self.card(zip(Self.values, labels).flatMap { [$0, $1] }))
        let region = publication.regions[0]
        #expect(region.figures.students == nil)
        #expect(region.figures.schoolBoardsPO == nil)
        #expect(region.figures.teacherTrainingInstitutions == 6)
        let implausible = Self.errors(publication).filter { $0.code == IssueCode.cardFigureImplausible.rawValue }
        #expect(implausible.count == 2)
        #expect(implausible.contains { $0.rawValue == "school_boards_po=70.780" })
        #expect(implausible.contains { $0.rawValue == "school_boards_po=70.780, students=53" })
    }

    /// Pupils and po boards swapped on a card without po boards: 0 lands under pupils. Boards
    /// beside no pupils contradict each other, so the 0 is not published as the pupils.
    @Test func noPupilsBesideBoardsIsNotPublished() {
        var labels = Self.labels
        labels.swapAt(0, 1)
        let publication = Self.extract(Self.card(zip(["69.997", "0", "0", "4", "2"], labels).flatMap { [$0, $1] }))
        let figures = publication.regions[0].figures
        #expect(figures.students == nil && figures.schoolBoardsPO == nil)
        #expect(figures.schoolBoardsVO == 0)
        #expect(Set(Self.errors(publication).map(\.code)) == [IssueCode.cardFigureImplausible.rawValue])
    }

    @Test func plausibilityBoundsLeaveTheRealFiguresAlone() {
        for region in Fixture.seed.regions {
            #expect(FigurePlausibility.check(region.figures).isEmpty, "\(region.id)")
        }
    }

    /// HTML as a browser shows it: a value and a label in inline elements of one block are one line.
    @Test(arguments: [
        #"<div class="kpi"><span>70.780</span><span>Aantal<br>leerlingen/<br>studenten</span></div>"#,
        #"<table><tr><th>Aantal leerlingen/studenten</th><td>70&#8239;780</td></tr></table>"#,
        #"<dl><dt>Aantal leerlingen/ studenten</dt><dd>70&nbsp;780</dd></dl>"#,
        #"<div><div><span>Aantal leerlingen/studenten:</span> <b>70780</b></div></div>"#,
    ])
    func readsTheIssuesHTMLShapes(pupils: String) throws {
        let rest = zip(Self.values, Self.labels).dropFirst().map {
            pupils.replacingOccurrences(of: "70.780", with: $0.0).replacingOccurrences(of: "70&#8239;780", with: $0.0)
                .replacingOccurrences(of: "70&nbsp;780", with: $0.0).replacingOccurrences(of: "70780", with: $0.0)
                .replacingOccurrences(of: "Aantal<br>leerlingen/<br>studenten", with: $0.1)
                .replacingOccurrences(of: "Aantal leerlingen/ studenten", with: $0.1).replacingOccurrences(of: "Aantal leerlingen/studenten", with: $0.1)
        }
        let html = "<html><body><h2>Onderwijsregio Oost-Nederland</h2>" + pupils + rest.joined()
            + "<h3>Verzorgingsgebied</h3><ul><li>Aalten</li></ul><p><a href=\"#\">TERUG NAAR PO KAART ></a></p></body></html>"
        let document = try HTMLDocumentReader.read(Array(html.utf8), name: "kaart.html")
        let publication = PublicationExtractor().extract(document)
        #expect(publication.regions.first?.figures == Self.expected)
        #expect(Self.errors(publication).isEmpty)
    }

    @Test func labelsInOtherWordingsAndSpacings() {
        #expect(FigureLabel.kind(of: "Aantal schoolbesturen PO") == .schoolBoardsPO)
        #expect(FigureLabel.kind(of: "Aantal aangesloten schoolbesturen\u{00A0}(vo)") == .schoolBoardsVO)
        #expect(FigureLabel.kind(of: "Aantal schoolbesturen primair onderwijs") == .schoolBoardsPO)
        #expect(FigureLabel.kind(of: "AANTAL LEERLINGEN /\u{2009}STUDENTEN") == .students)
        #expect(FigureLabel.kind(of: "Aantal schoolbesturen") == nil)  // which sector? not guessed
    }

    /// A line standing before the figures of every card ("Kerncijfers", a table caption) is a
    /// heading of the figures, not the name; a name is never taken from it.
    @Test func aHeadingRepeatedBeforeEveryCardsFiguresIsNotAName() {
        let names = ["Onderwijsregio Oost-Nederland", "Zuidwest Samen", "Twente & Omstreken"]
        let text = names.map { name in
            Self.card(["Kerncijfers"] + zip(Self.values, Self.labels).flatMap { [$0, $1] })
                .replacingOccurrences(of: "Onderwijsregio Oost-Nederland", with: name)
        }.joined(separator: "\n")
        let publication = Self.extract(text)
        #expect(publication.regions.map(\.nameAsPublished) == names)
        #expect(publication.regions.allSatisfy { $0.figures == Self.expected })
        #expect(publication.issues.issues().filter { $0.code == IssueCode.cardSkippedLine.rawValue }.map(\.rawValue) == Array(repeating: "Kerncijfers", count: 3))
    }

    /// Label words and numbers by the ten thousand, never a card: read in time linear in the lines
    /// (each line starts at most a short first-label reading), and nothing comes of them.
    @Test func endlessLabelWordsAreReadInLinearTime() {
        let noise = Array(repeating: "Aantal\naantal\n12\nAangesloten\n3 Aantal", count: 10_000).joined(separator: "\n")
        let clock = ContinuousClock()
        let started = clock.now
        let publication = Self.extract(noise)
        #expect(clock.now - started < .seconds(20))
        #expect(publication.regions.isEmpty)
    }

    @Test func textHiddenByStyleIsNotRead() throws {
        let html = #"<p>Zichtbaar</p><div style="display: none">Nepregio</div><span style="VISIBILITY:hidden">Nep</span><p style="color: red">Rood</p>"#
        let lines = try HTMLDocumentReader.read(Array(html.utf8), name: "x.html").lines.map(\.text)
        #expect(lines == ["Zichtbaar", "Rood"])
    }
}
