import Testing
@testable import RegiokaartCore

/// The byte pre-tests in the card extractor must answer as the `String` tests they guard.
@Suite struct CardMarkersFastPathTests {
    static let lines: [String] = ASCIIFastPathTests.lines + [
        "- TERUG NAAR PO KAART >", "-   terug   naar vo kaart", "* Terug naar mbo kaart", "- Aalten", "-\tTerug naar x",
        "• TERUG NAAR PO KAART >", "• Groningen • Friesland", "- [TERUG NAAR MBO KAART >](#)", "- terug * naar",
        "*TERUG NAAR", "- T ERUG NAAR", "te rug naar", "- ﬅerug naar", "- Terug naar\u{A0}po", "Terugnaar", "- ",
    ]

    /// `CardMarkers.isTerminator` as it was before its byte pre-test.
    static func referenceIsTerminator(_ line: String) -> Bool {
        var text = line
        if line.hasPrefix("- ") || line.unicodeScalars.first.map(CardMarkers.bullets.contains) == true,
           let items = CardMarkers.bulletItems(line), items.count == 1 { text = items[0] }
        return text.uppercased().hasPrefix("[TERUG NAAR") || text.uppercased().hasPrefix("TERUG NAAR")
    }

    @Test func terminatorsAreFoundAsBefore() {
        for line in Self.lines {
            #expect(CardMarkers.isTerminator(line) == Self.referenceIsTerminator(line), "\(line.debugDescription)")
        }
        #expect(CardMarkers.isTerminator("-   terug   naar vo kaart"))
        #expect(!CardMarkers.isTerminator("- Aalten"))
    }
}
