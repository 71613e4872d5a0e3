import Testing
@testable import RegiokaartCore

/// The separators between names printed on one line.
@Suite struct ListSeparatorsTests {
    @Test(arguments: ["Aalten, Apeldoorn", "Aalten;Apeldoorn", "Aalten · Apeldoorn", "Aalten • Apeldoorn", "Aalten | Apeldoorn",
                      "Aalten ∙ Apeldoorn", "Aalten\u{00A0}·\u{00A0}Apeldoorn", "Aalten\t|\tApeldoorn"])
    func separatesNames(line: String) {
        #expect(ListSeparators.any(in: line))
        #expect(CompoundNames.mayHoldSeveral(line))
        #expect(CompoundNames.pieceRanges(in: line).map { String(line[$0]) } == ["Aalten", "Apeldoorn"])
    }

    /// A dot, bullet or bar not between spaces is part of what it stands in, never a cut.
    @Test(arguments: ["Aalten|Apeldoorn", "Aalten ·Apeldoorn", "Aalten· Apeldoorn", "| Aalten", "Aalten |", "•Aalten", "Sint-Michielsgestel", "Súdwest-Fryslân"])
    func leavesOtherPrintingsWhole(line: String) {
        #expect(!ListSeparators.any(in: line))
        #expect(CompoundNames.pieceRanges(in: line).count == 1)
    }

    @Test func enBeforeTheLastNameAfterASpacedSeparator() {
        let line = "Aalten · Apeldoorn · Berkelland en Zutphen"
        #expect(CompoundNames.pieceRanges(in: line).map { String(line[$0]) } == ["Aalten", "Apeldoorn", "Berkelland", "Zutphen"])
        #expect(CardMarkers.looksLikeList(line))
        #expect(CardMarkers.looksLikeList("Aalten | Apeldoorn | Zutphen"))
        // A sentence with a bar is still no list.
        #expect(!CardMarkers.looksLikeList("De regio werkt samen | lees meer."))
    }
}
