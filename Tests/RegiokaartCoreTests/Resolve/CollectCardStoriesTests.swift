import Testing
@testable import RegiokaartCore

/// `CollectCardStories` judges each distinct heading and first paragraph once: the shortcuts must
/// agree with the plain definitions, and a text equal to an earlier one in other bytes keeps its own bytes.
@Suite struct CollectCardStoriesTests {
    static let texts = ["", "Kort", String(repeating: "a", count: 120), String(repeating: "a", count: 121),
                        String(repeating: "é", count: 120), String(repeating: "é", count: 121),
                        String(repeating: "e\u{301}", count: 120), String(repeating: "e\u{301}", count: 121),
                        "Amsterdam bouwt aan één route", "Amsterdam bouwt aan e\u{301}e\u{301}n route",
                        "Een zin. En nog een", "Eindigt met een punt.", "Twee\r\nregels"]

    @Test func shortEnoughIsTheCharacterCount() {
        for text in Self.texts {
            #expect(CollectCardStories.isShortEnough(text) == (!text.isEmpty && text.count <= 120), "\(text.utf8.count) bytes")
        }
    }

    @Test func titlesAgreeWithIsTitle() {
        var titles = CollectCardStories.Titles()
        for text in Self.texts + Self.texts.reversed() + [nil] {
            #expect(titles.isTitle(text) == CollectCardStories.isTitle(text))
        }
        #expect(CollectCardStories.isTitle("Amsterdam bouwt aan één route") && !CollectCardStories.isTitle("Een zin. En nog een"))
    }

    @Test func aHeadingInOtherBytesKeepsItsOwnTitle() throws {
        let composed = "Thema: Bredere Arbeidsmarkt Café route", decomposed = "Thema: Bredere Arbeidsmarkt Cafe\u{301} route"
        #expect(composed == decomposed)
        let text = Fixture.card(name: "Noord (po)", area: ["- Alkmaar"], story: [composed, "Eerste zin van het verhaal."])
            + Fixture.card(name: "Zuid (po)", area: ["- Gennep"], story: [decomposed, "Eerste zin van het verhaal."])
            + Fixture.card(name: "Oost (po)", area: ["- Venray"], story: ["Thema: Bredere Arbeidsmarkt", "Een titel zonder punt", "Tekst."])
            + Fixture.card(name: "West (po)", area: ["- Tiel"], story: [decomposed, "Tweede verhaal hier."])
        var dataset = try Fixture.dataset(text)
        CollectCardStories().apply(to: &dataset, context: StepContext(reference: Fixture.reference))
        let cases = dataset.mentions.cases
        #expect(cases.map(\.theme) == ["Bredere Arbeidsmarkt", "Bredere Arbeidsmarkt", "Bredere Arbeidsmarkt", "Bredere Arbeidsmarkt"])
        #expect(cases.map { Array($0.title.value.utf8) } == [Array("Café route".utf8), Array("Cafe\u{301} route".utf8),
                                                             Array("Een titel zonder punt".utf8), Array("Cafe\u{301} route".utf8)])
        #expect(cases.map(\.paragraphs.count) == [1, 1, 1, 1])
    }
}
