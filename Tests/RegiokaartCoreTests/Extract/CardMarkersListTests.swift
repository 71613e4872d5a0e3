import Foundation
import Testing
@testable import RegiokaartCore

/// The area list's markers written as a markdown table: the heading as a header row, the names as rows.
@Suite struct CardMarkersListTests {
    @Test func aTableRowsCellsAreItems() {
        #expect(CardMarkers.tableRowItems("| Aalten |") == ["Aalten"])
        #expect(CardMarkers.tableRowItems("|Aalten|") == ["Aalten"])
        #expect(CardMarkers.tableRowItems("| Olst-Wijhe") == ["Olst-Wijhe"])
        #expect(CardMarkers.tableRowItems("|\tBergen  (NH.)\t|") == ["Bergen (NH.)"])
        #expect(CardMarkers.tableRowItems("| Aalten | Apeldoorn | |") == ["Aalten", "Apeldoorn"])
        #expect(CardMarkers.tableRowItems("|  |") == [])
        // Not a row: no opening border.
        #expect(CardMarkers.tableRowItems("Aalten |") == nil)
        #expect(CardMarkers.tableRowItems("- Aalten") == nil)
    }

    @Test func aHeaderRowIsTheAreaHeading() {
        #expect(CardMarkers.areaHeading("| Verzorgingsgebied |") == "")
        #expect(CardMarkers.areaHeading("|Gemeenten|") == "")
        #expect(CardMarkers.areaHeading("| **Werkgebied** |") == "")
        #expect(CardMarkers.areaHeading("| Verzorgingsgebied: Aalten, Apeldoorn |") == "Aalten, Apeldoorn")
        // A row of words that only start like a heading is none ("Gemeenten" only as the whole cell).
        #expect(CardMarkers.areaHeading("| Gemeenten in de regio |") == nil)
        #expect(CardMarkers.areaHeading("| Aalten |") == nil)
        // The figure block ends at the header row, decided from its bytes as from its text.
        #expect(FigureBlock.isStructure("| Verzorgingsgebied |"))
        var row = "| Verzorgingsgebied |"
        #expect(row.withUTF8 { FigureBlock.isStructure($0) } == true)
    }

    /// A card's area printed as a table of names, a few to a row, under a header row and its
    /// delimiter row: every name is an entry, none is matched loosely.
    @Test func anAreaTableIsReadAsItsNames() {
        let area = ["| Verzorgingsgebied |", "|---|---|", "| Aalten | Apeldoorn |", "| Berkelland |", "| Olst- |", "Wijhe"]
        let text = Fixture.card(name: "Noorderwijs", area: ["@"])
            .replacingOccurrences(of: "Verzorgingsgebied\n\n@", with: area.joined(separator: "\n"))
        let publication = PublicationExtractor().extract(Fixture.document(text))
        #expect(publication.regions.first?.area.map(\.raw) == ["Aalten", "Apeldoorn", "Berkelland", "Olst-", "Wijhe"])
        #expect(publication.regions.first?.hasAreaHeading == true)
        #expect(publication.issues.issues().isEmpty)
    }
}
