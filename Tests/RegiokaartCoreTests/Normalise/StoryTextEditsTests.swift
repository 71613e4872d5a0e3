import Testing
@testable import RegiokaartCore

/// `StoryText.edits` looks up only long sentences and `isLongEnough` decides by bytes where it can:
/// both must agree with the plain definitions on random and hostile stories.
@Suite struct StoryTextEditsTests {
    /// `edits` as first written: every sentence remembered, each long one looked up before.
    static func plainEdits(_ texts: [String]) -> [StoryText.Edit?] {
        var seen = Set<String>()
        return texts.map { text in
            var remaining: [String] = [], dropped: [String] = []
            for sentence in StoryText.sentences(text) {
                let key = NameFolding.collapseWhitespace(sentence)
                if key.count >= StoryText.minimumRepeatLength, seen.contains(key) {
                    dropped.append(sentence)
                } else {
                    remaining.append(sentence)
                    seen.insert(key)
                }
            }
            return dropped.isEmpty ? nil : StoryText.Edit(result: remaining.joined(separator: " "), repeated: dropped)
        }
    }

    static let pieces = ["Ja.", "Zo werkt het.", "De regio werkt samen met scholen.", "Een zin van precies twintig.",
                         "Twintig tekens hier\r\n.", "Café in één regio, zeer lang.", "Ook\rdit telt mee als zin.",
                         "Kort\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n\r\n.", "Leraren  tekort   in de regio.",
                         "Één één één één."]

    @Test func editsAgreeWithThePlainDefinition() {
        var random = SeededGenerator(seed: 20)
        var changed = 0
        for _ in 0..<400 {
            let story = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined(separator: " ")
            }
            let edits = StoryText.edits(story)
            #expect(edits == Self.plainEdits(story), "\(story)")
            if edits.contains(where: { $0 != nil }) { changed += 1 }
        }
        #expect(changed > 50)
    }

    @Test(arguments: ["", "abc", String(repeating: "a", count: 19), String(repeating: "a", count: 20),
                      String(repeating: "\r\n", count: 10) + "aaaaaaaaaa", String(repeating: "\r\n", count: 19) + "a",
                      String(repeating: "é", count: 19), String(repeating: "e\u{301}", count: 19), String(repeating: "ab\r\n", count: 6), "a\rb\rc\rd\re\rf\rg\rh\ri\rj\r"])
    func longEnoughIsTheCharacterCount(key: String) {
        #expect(StoryText.isLongEnough(key) == (key.count >= StoryText.minimumRepeatLength))
    }
}

/// `DeduplicateStoryText` edits each distinct story once: a story repeated on another card gets the
/// same edit, reported at that card's own lines.
@Suite struct DeduplicateStoryTextTests {
    @Test func aRepeatedStoryIsEditedAndReportedOnEveryCard() throws {
        let story = ["Thema: Bredere Arbeidsmarkt", "Eerste zin van het verhaal. Tweede zin van het verhaal.",
                     "Eerste zin van het verhaal. Nieuw slot van het verhaal."]
        let other = ["Thema: Bredere Arbeidsmarkt", "Eerste zin van het verhaal. Een andere tweede zin hier.",
                     "Eerste zin van het verhaal."]
        let text = Fixture.card(name: "Noord (po)", area: ["- Alkmaar"], story: story)
            + Fixture.card(name: "Zuid (po)", area: ["- Gennep"], story: other)
            + Fixture.card(name: "Oost (po)", area: ["- Venray"], story: story)
        var dataset = try Fixture.dataset(text)
        DeduplicateStoryText(byteTableFrom: 0).apply(to: &dataset, context: StepContext(reference: Fixture.reference))
        let paragraphs = dataset.regions.map { $0.stories.first?.paragraphs.map(\.value) ?? [] }
        #expect(paragraphs == [["Eerste zin van het verhaal. Tweede zin van het verhaal.", "Nieuw slot van het verhaal."],
                               ["Eerste zin van het verhaal. Een andere tweede zin hier."],
                               ["Eerste zin van het verhaal. Tweede zin van het verhaal.", "Nieuw slot van het verhaal."]])
        let reported = dataset.issues(.storyRepeatedText)
        #expect(reported.map { $0.resultValue ?? "" } == ["Nieuw slot van het verhaal.", "", "Nieuw slot van het verhaal."])
        let lines = reported.compactMap(\.location?.line)
        #expect(lines.count == 3 && Set(lines).count == 3)
    }

    /// The edits are found by the stories' bytes first (`ExactTexts`); a story equal to an earlier one
    /// in another Unicode normalisation still gets the earlier one's edit, as `String`'s own equality gives.
    @Test func aStoryInAnotherNormalisationGetsTheEarlierEdit() throws {
        func story(_ e: String) -> [String] {
            ["Thema: Bredere Arbeidsmarkt", "Werken in \(e)\(e)n regio is fijn. Tweede zin van het verhaal.",
             "Werken in \(e)\(e)n regio is fijn. Nieuw slot in \(e)\(e)n regio hier."]
        }
        let composed = story("é"), decomposed = story("e\u{301}")
        #expect(composed == decomposed && composed[1].utf8.count != decomposed[1].utf8.count)
        #expect(DeduplicateStoryText.ExactTexts(composed) != DeduplicateStoryText.ExactTexts(decomposed))
        #expect(DeduplicateStoryText.ExactTexts(composed) == DeduplicateStoryText.ExactTexts(composed.map { String(decoding: Array($0.utf8), as: UTF8.self) }))
        let text = Fixture.card(name: "Noord (po)", area: ["- Alkmaar"], story: composed)
            + Fixture.card(name: "Zuid (po)", area: ["- Gennep"], story: decomposed)
            + Fixture.card(name: "Oost (po)", area: ["- Venray"], story: decomposed)
        let original = try Fixture.dataset(text)
        // With the byte table and without it (a dataset of few stories).
        for step in [DeduplicateStoryText(byteTableFrom: 0), DeduplicateStoryText()] {
            var dataset = original
            step.apply(to: &dataset, context: StepContext(reference: Fixture.reference))
            let bytes = dataset.regions.map { $0.stories.first?.paragraphs.map { Array($0.value.utf8) } ?? [] }
            #expect(bytes.map(\.count) == [2, 2, 2])
            // The edited paragraph is the first story's, byte for byte; the unchanged one keeps its own bytes.
            #expect(bytes[0][1] == Array("Nieuw slot in één regio hier.".utf8))
            #expect(bytes[1][1] == bytes[0][1] && bytes[2][1] == bytes[0][1])
            #expect(bytes[0][0] == Array(composed[1].utf8) && bytes[1][0] == Array(decomposed[1].utf8))
        }
    }
}
