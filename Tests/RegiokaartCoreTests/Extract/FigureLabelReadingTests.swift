import Testing
@testable import RegiokaartCore

/// The slow path of label reading (`FigureLabel.reading(of:)`), rule by rule: what the exact path
/// rejects is read by its keywords (without the opener), within an edit distance (misspelt), or
/// reported as a doubt (ambiguous); running text is never a label.
@Suite struct FigureLabelReadingTests {
    typealias Reading = FigureLabel.Reading

    @Test(arguments: [
        ("Leerlingen/studenten", FigureKind.students), ("leerlingen/ studenten", .students), ("Schoolbesturen (po)", .schoolBoardsPO),
        ("Schoolbesturen (vo)", .schoolBoardsVO), ("Mbo-instellingen", .mboInstitutions), ("Lerarenopleidingen", .teacherTrainingInstitutions),
        ("Opleiders", .teacherTrainingInstitutions), ("Schoolbesturen primair onderwijs", .schoolBoardsPO),
        ("Leerlingen en studenten", .students),
    ])
    func aLabelWithoutItsOpenerIsReadByItsKeywords(label: String, kind: FigureKind) {
        #expect(FigureLabel.reading(of: label) == Reading(kind: kind, note: .reworded), "\(label)")
        #expect(FigureLabel.mayStartWithoutOpener(label), "\(label)")
    }

    @Test(arguments: [
        ("Aantl leerlingen/ studenten", FigureKind.students, "aantl", "aantal"),
        ("Aantla aangesloten schoolbesturen (po)", .schoolBoardsPO, "aantla", "aantal"),
        ("Angesloten opleiders", .teacherTrainingInstitutions, "angesloten", "aangesloten"),
        ("Aantal aangesloten schoolbestruen (po)", .schoolBoardsPO, "schoolbestruen", "schoolbesturen"),
        ("Aantal aangesloten mbo- instelingen", .mboInstitutions, "instelingen", "instelling"),
        ("Aangesloten opleidres", .teacherTrainingInstitutions, "opleidres", "opleiders"),
    ])
    func aMisspeltWordIsReadAsTheNearestLabelWord(label: String, kind: FigureKind, printed: String, readAs: String) {
        let reading = FigureLabel.reading(of: label)
        #expect(reading.kind == kind, "\(label)")
        guard case .misspelt(let corrections)? = reading.note else { Issue.record("\(label): \(reading)"); return }
        #expect(corrections.contains(FigureLabel.Correction(printed: printed, readAs: readAs)), "\(corrections)")
    }

    /// Keywords of two figures, or a word as near to two: a doubt, never the table's first row.
    @Test(arguments: ["Leerlingen/opleiders", "Studenten en lerarenopleidingen"])
    func twoFiguresAreADoubt(label: String) {
        let reading = FigureLabel.reading(of: label)
        #expect(reading.kind == nil, "\(label)")
        guard case .ambiguous(_, let kinds)? = reading.note else { Issue.record("\(label): \(reading)"); return }
        #expect(kinds == [.students, .teacherTrainingInstitutions])
    }

    /// Running text mentioning pupils is no label: too many words, a sentence's punctuation, or a
    /// word that is no label word (even within an edit distance).
    @Test(arguments: ["Leerlingen krijgen les in de regio", "Leerlingen en studenten krijgen daardoor sneller zicht",
                      "Studenten, docenten en opleiders", "Leerlingen.", "Onderwijsregio Oost-Nederland", "Verzorgingsgebied",
                      "Samen met de lerarenopleidingen en schoolbesturen in de regio", "Aantal gemeenten"])
    func runningTextIsNoLabel(text: String) {
        #expect(FigureLabel.reading(of: text).kind == nil, "\(text)")
        #expect(FigureLabel.reading(of: text).note == nil, "\(text)")
        #expect(!FigureLabel.mayStartWithoutOpener(text), "\(text)")
    }

    /// Words under five letters are matched exactly: one edit makes another of them.
    @Test func shortWordsAreNotMatchedWithinADistance() {
        #expect(FigureLabel.reading(of: "Aantal aangesloten schoolbesturen (p0)").kind == nil)
        #expect(FigureLabel.nearestKeywords("mb0") == nil)
        #expect(FigureLabel.editBound(4) == 0 && FigureLabel.editBound(7) == 1 && FigureLabel.editBound(14) == 2)
    }

    /// The exact path is unchanged: a label with its opener and keywords needs no slow reading.
    @Test func anExactLabelReadsWithoutANote() {
        #expect(FigureLabel.reading(of: "Aantal leerlingen/ studenten") == Reading(kind: .students, note: nil))
        #expect(FigureLabel.reading(of: "Aangesloten opleiders") == Reading(kind: .teacherTrainingInstitutions, note: nil))
    }
}
