import Testing
@testable import RegiokaartCore

@Suite struct FigureValueTests {
    @Test(arguments: [("70.780", 70780), ("0", 0), ("53", 53), ("1.234.567", 1_234_567), ("144.052", 144_052), ("70 780", 70780)])
    func parsesDutchThousandsSeparators(text: String, value: Int) {
        #expect(FigureValue.parse(text) == value)
    }

    @Test(arguments: ["7O.780", "-5", "12.34", "1.2345", ".780", "70.", "", "1,5", "70..780", "1234.567"])
    func rejectsWhatIsNotAWholeNumber(text: String) {
        #expect(FigureValue.parse(text) == nil)
    }
}

@Suite struct FigureLabelTests {
    @Test func recognisesTheFiveLabelsOfTheSeed() {
        #expect(FigureLabel.kind(of: "Aantal leerlingen/ studenten") == .students)
        #expect(FigureLabel.kind(of: "Aantal aangesloten schoolbesturen (po)") == .schoolBoardsPO)
        #expect(FigureLabel.kind(of: "Aantal aangesloten schoolbesturen (vo)") == .schoolBoardsVO)
        #expect(FigureLabel.kind(of: "Aantal aangesloten mbo- instellingen") == .mboInstitutions)
        #expect(FigureLabel.kind(of: "Aangesloten opleiders") == .teacherTrainingInstitutions)
    }

    @Test func ignoresRunningTextAboutStudents() {
        #expect(FigureLabel.kind(of: "Leerlingen en studenten krijgen daardoor sneller zicht") == nil)
        #expect(FigureLabel.kind(of: "Aantal") == nil)
    }
}
