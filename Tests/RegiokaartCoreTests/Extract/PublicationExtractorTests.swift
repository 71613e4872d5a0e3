import Testing
@testable import RegiokaartCore

@Suite struct PublicationExtractorTests {
    func extract(_ text: String) -> ExtractedPublication {
        PublicationExtractor().extract(Fixture.document(text))
    }

    @Test func readsATwoLineNameWithABlankLineBetween() {
        let text = "Onderwijsregio's\n\nOnderwijsregio LOA\n\n(Lingewaard, Overbetuwe en Arnhem)\n\n"
            + Fixture.card(name: "", area: ["- Arnhem"]).drop { $0 == "\n" }
        let publication = extract(text)
        #expect(publication.regions.count == 1)
        #expect(publication.regions[0].nameAsPublished == "Onderwijsregio LOA (Lingewaard, Overbetuwe en Arnhem)")
        #expect(publication.regions[0].source.line == 3)
    }

    @Test func readsFiguresAndTheListWithItsLines() {
        let text = Fixture.card(name: "Food Valley", figures: ["30.647", "12", "11", "1", "8"],
                                area: ["- Barneveld", "• Ede", "▪ Renkum"])
        let publication = extract(text)
        let barneveldLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "- Barneveld")! + 1
        let region = publication.regions[0]
        #expect(region.figures == Figures(students: 30647, schoolBoardsPO: 12, schoolBoardsVO: 11, mboInstitutions: 1, teacherTrainingInstitutions: 8))
        #expect(region.area.map(\.raw) == ["Barneveld", "Ede", "Renkum"])
        #expect(region.area[0].line == barneveldLine)
        #expect(publication.issues.issues().isEmpty)
    }

    @Test func keepsAContinuationLineForTheJoiningStep() {
        let region = extract(Fixture.card(name: "X", area: ["- Hardinxveld-Giessen-", "dam", "- Tiel"])).regions[0]
        #expect(region.area.map(\.raw) == ["Hardinxveld-Giessen-", "dam", "Tiel"])
        #expect(region.area.map(\.isContinuation) == [false, true, false])
    }

    @Test func splitsInlineBullets() {
        let region = extract(Fixture.card(name: "Mbo Noord-Nederland", area: ["• Groningen • Friesland • Drenthe"])).regions[0]
        #expect(region.area.map(\.raw) == ["Groningen", "Friesland", "Drenthe"])
    }

    @Test func readsAThemaStory() {
        let region = extract(Fixture.card(name: "Amsterdamse Onderwijsregio", area: ["- Amsterdam"],
                                          story: ["Thema: Bredere Arbeidsmarkt", "Amsterdam bouwt aan een route", "In Amsterdam werken ..."])).regions[0]
        #expect(region.stories.count == 1)
        #expect(region.stories[0].heading.value == "Bredere Arbeidsmarkt")
        #expect(region.stories[0].paragraphs.map(\.value) == ["Amsterdam bouwt aan een route", "In Amsterdam werken ..."])
        #expect(region.area.count == 1)
    }

    @Test func reportsAFigureThatIsNotANumber() {
        let publication = extract(Fixture.card(name: "X", figures: ["7O.780", "1", "0", "0", "1"], area: ["- Ede"]))
        let issues = publication.issues.issues()
        #expect(issues.map(\.code) == [IssueCode.cardFigureNotANumber.rawValue])
        #expect(issues.first?.rawValue == "7O.780")
        #expect(issues.first?.location?.line == 3)
    }

    @Test func reportsACardCutOff() {
        let text = Fixture.card(name: "Food Valley", area: ["- Ede"]) + Fixture.card(name: "Cut", figures: ["1.000", "2"], area: nil, closed: false)
        let issues = extract(text).issues.issues()
        #expect(issues.contains { $0.code == IssueCode.cardFigureMissing.rawValue && $0.field == "figures.school_boards_vo" })
        #expect(issues.contains { $0.code == IssueCode.cardTruncated.rawValue })
    }

    /// Without closing links on any card, the last card ends where the file does: that is the
    /// rendering's way, not a file cut off. The last card alone without them, after cards that
    /// have them, still is; and so is a single card without them (nothing shows the rendering's way).
    @Test func aLastCardWithoutClosingLinksIsCutOffOnlyWhenTheCardBeforeHasThem() {
        let open = Fixture.card(name: "Food Valley", area: ["- Ede"], closed: false)
            + Fixture.card(name: "Noorderwijs", area: ["- Assen", "- Emmen"], closed: false)
        let publication = extract(open)
        #expect(publication.regions.map { $0.area.map(\.raw) } == [["Ede"], ["Assen", "Emmen"]])
        #expect(publication.issues.issues().isEmpty)
        let cut = Fixture.card(name: "Food Valley", area: ["- Ede"]) + Fixture.card(name: "Noorderwijs", area: ["- Assen"], closed: false)
        #expect(extract(cut).issues.issues().map(\.code) == [IssueCode.cardTruncated.rawValue])
        let single = Fixture.card(name: "Noorderwijs", area: ["- Assen"], closed: false)
        #expect(extract(single).issues.issues().map(\.code) == [IssueCode.cardTruncated.rawValue])
    }

    @Test func closesACardOnLinksWrittenAsListItems() {
        let text = Fixture.card(name: "Food Valley", area: ["- Ede"], closed: false) + "- TERUG NAAR PO KAART >\n\nNavigatie\n"
        let publication = extract(text)
        #expect(publication.regions[0].area.map(\.raw) == ["Ede"])
        #expect(publication.issues.issues().isEmpty)
    }

    @Test func ignoresNavigationBetweenCards() {
        let noise = "Onderwijs regio's in beeld.\nnende gebieden\natie bij een aantal\ne vijf thema's.\n\nZeeland >\n\nAantal\n\n"
        let publication = extract(noise + Fixture.card(name: "Food Valley", area: ["- Ede"]) + noise)
        #expect(publication.regions.count == 1)
        #expect(publication.regions[0].nameAsPublished == "Food Valley")
        #expect(publication.regions[0].area.map(\.raw) == ["Ede"])
    }

    @Test func readsTheCountClaimsOfTheSeed() {
        let claims = PublicationExtractor().extract(Fixture.publication).countClaims
        #expect(claims.count >= 2)
        #expect(Set(claims.map(\.value)) == [49])
    }

    @Test func findsAll49CardsOfTheSeed() {
        let publication = PublicationExtractor().extract(Fixture.publication)
        #expect(publication.regions.count == 49)
        #expect(publication.regions.first?.nameAsPublished == "Onderwijsregio Oost-Nederland")
        #expect(publication.regions.last?.nameAsPublished == "Landelijke Groene Onderwijsregio")
        #expect(publication.issues.issues().isEmpty)
    }
}
