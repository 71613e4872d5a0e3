import Testing
@testable import RegiokaartCore

/// Themes and case stories of the real publication, and the repeated-text rule.
@Suite struct ThemeStoryTests {
    static var mentions: RegionMentions { RealInput.dataset.mentions }

    @Test func sixThemesAreCountedFiveOfThemInTheMenu() {
        let themes = Self.mentions.themes
        #expect(themes.map(\.displayName) == ["Brede arbeidsmarkt", "Invalpools", "Schoolleiders", "Onderwijs bij schaarste",
                                               "Zij-instroom", "Doorleren als randvoorwaarde voor onderwijskwaliteit"])
        #expect(themes.map { $0.title?.location.line } == [195, 343, 493, 676, 832, 960])
        #expect(themes[0].lead == "Kanssector onderwijs verbinden met regionale arbeidsmarkt.")
        #expect(themes[2].title?.value == "Schoolleiderschap als hefboom voor een sterkere onderwijsarbeidsmarkt")
        #expect(themes[5].name == nil)
        // Both statements are reported, with what was counted.
        #expect(Set(Self.mentions.themeCountClaims.map(\.value)) == [5, 6])
        let finding = RealInput.issues(.themeCountClaims)
        #expect(finding.count == 1)
        #expect(finding.first?.resultValue == "6")
        #expect(RealInput.issues(.themeMatchedByPosition).first?.resultValue == "Schoolleiders")
        #expect(RealInput.issues(.themeNotInMenu).count == 1)
    }

    @Test func tenCaseStoriesUnderTheirThemesEachLinked() {
        let cases = Self.mentions.cases.filter { $0.mention.kind == .themeCase }
        let rows = cases.map { "\($0.theme) | \($0.mention.asListed) | \($0.title.location.line) | \($0.resolution?.regionID ?? "-")" }
        #expect(rows == [
            "Brede arbeidsmarkt | Zeeland | 272 | zeeuwse-onderwijsregio-zor",
            "Brede arbeidsmarkt | Zuid-Limburg | 288 | onderwijsregio-limburg",
            "Invalpools | Hollands Noorden | 359 | onderwijsregio-hollands-noorden",
            "Invalpools | Midden Nederland Leert | 411 | midden-nederland-leert",
            "Schoolleiders | Oost Nederland | 572 | onderwijsregio-oost-nederland",
            "Schoolleiders | Noord-Limburg | 626 | onderwijsregio-noord-limburg",
            "Onderwijs bij schaarste | Almere-Lelystad | 744 | almere-lelystad",
            "Onderwijs bij schaarste | Oost-Nederland | 760 | onderwijsregio-oost-nederland",
            "Zij-instroom | Amsterdam | 916 | amsterdamse-onderwijsregio",
            "Zij-instroom | Oost-Nederland | 934 | onderwijsregio-oost-nederland",
        ])
        #expect(cases.allSatisfy { $0.resolution?.evidence.isEmpty == false })
        #expect(RealInput.issues(.themeCaseMissing).isEmpty)
    }

    @Test func navigationFragmentsAreNeverStoryText() {
        let paragraphs = Self.mentions.cases.flatMap(\.paragraphs) + Self.mentions.themes.flatMap(\.paragraphs)
        let fragments = ["nende gebieden", "atie bij een aantal", "Brede arbeid", "Cases uit de onderwijsregio's",
                         "Zeeland", "Het ABC van de onderwijsregio's", "Onderwijsregio's", "Inleiding >"]
        for fragment in fragments {
            #expect(!paragraphs.contains { $0.value == fragment }, "\(fragment)")
        }
        // Every case page has text, and the last paragraph of the Oost-Nederland behoud story is on line 954.
        #expect(Self.mentions.cases.allSatisfy { !$0.paragraphs.isEmpty })
        #expect(Self.mentions.cases.first { $0.title.location.line == 934 }?.paragraphs.last?.location.line == 954)
    }

    @Test func cardStoriesAreTiedToTheirCardWithThemeAndTitleSplit() {
        let stories = Self.mentions.cases.filter { $0.mention.kind == .cardStory }
        #expect(stories.map { $0.resolution?.regionID } == ["onderwijsregio-zwolle-en-omgeving", "amsterdamse-onderwijsregio",
                                                             "friesland-noordelijk-flevoland"])
        #expect(stories.allSatisfy { $0.theme == "Bredere Arbeidsmarkt" && $0.resolution?.confidence == .certain })
        #expect(stories.map(\.title.value) == ["Zwolle versterkt de route naar werken in het onderwijs",
                                               "Amsterdam bouwt aan één duidelijke route naar werken in het onderwijs",
                                               "Friesland en Noordoostpolder werken aan onderwijs dat past bij de regio"])
    }

    @Test func theZwolleStoryKeepsItsRepeatedSentencesOnce() throws {
        let zwolle = try #require(RealInput.dataset.regions.first { $0.id == "onderwijsregio-zwolle-en-omgeving" })
        let last = try #require(zwolle.stories.first?.paragraphs.last?.value)
        #expect(last.components(separatedBy: "Zwolle kijkt daarbij breder dan onderwijs alleen.").count == 2)
        #expect(last.hasSuffix("elkaar steeds beter versterken."))
        let reported = RealInput.issues(.storyRepeatedText)
        #expect(reported.count == 1)
        #expect(reported.first?.regionID == "onderwijsregio-zwolle-en-omgeving")
        #expect(reported.first?.location?.line == 1288)
    }

    @Test func repeatedTextRule() {
        let at = SourceLocation(file: "s.txt", line: 1)
        let paragraphs = [Located("Eerste zin van het verhaal. Tweede zin van het verhaal.", at: at),
                          Located("Eerste zin van het verhaal.", at: SourceLocation(file: "s.txt", line: 2)),
                          Located("Nieuw. Tweede zin van het verhaal. Slot van het verhaal hier.", at: SourceLocation(file: "s.txt", line: 3))]
        let (kept, changes) = StoryText.removeRepeats(paragraphs)
        #expect(kept.map(\.value) == ["Eerste zin van het verhaal. Tweede zin van het verhaal.",
                                      "Nieuw. Slot van het verhaal hier."])
        #expect(changes.map(\.original.location.line) == [2, 3])
        #expect(changes[0].result.isEmpty)
        // An untouched paragraph keeps its exact spacing.
        let spaced = [Located("Een  zin met  ruimte.", at: at)]
        #expect(StoryText.removeRepeats(spaced).paragraphs == spaced)
    }
}
