import Testing
@testable import RegiokaartCore

/// Each step on small invented cards, through the whole standard pipeline.
@Suite struct StepTests {
    func run(_ cards: String...) throws -> Dataset {
        try Fixture.dataset(cards.joined())
    }

    @Test func joinsSplitNamesWithAndWithoutBullet() throws {
        let data = try run(Fixture.card(name: "Rivieren", area: ["- Hardinxveld-Giessen-", "dam", "- Leidschendam-", "- Voorburg", "- Tiel"]))
        #expect(data.regions[0].municipalityNames == ["Hardinxveld-Giessendam", "Leidschendam-Voorburg", "Tiel"])
        let joined = data.issues(.areaSplitNameJoined)
        #expect(joined.map(\.resultValue) == ["Hardinxveld-Giessendam", "Leidschendam-Voorburg"])
        // The finding keeps both lines, separated as a list (no line break in any CSV cell) ...
        #expect(joined.map(\.rawValue) == ["Hardinxveld-Giessen-|dam", "Leidschendam-|Voorburg"])
        // ... and the pair's name as published is the name as the pipeline joined it.
        #expect(data.regions[0].municipalities.map(\.nameAsPublished) == ["Hardinxveld-Giessendam", "Leidschendam-Voorburg", "Tiel"])
    }

    @Test func keepsARepeatOnceAndReportsBothLines() throws {
        let data = try run(Fixture.card(name: "Wadden", area: ["- Vlieland", "- Texel", "- Vlieland"]))
        #expect(data.regions[0].municipalityNames == ["Vlieland", "Texel"])
        let repeated = try #require(data.issues(.areaRepeated).first)
        #expect(repeated.severity == .warning)
        #expect(repeated.message.contains("of line"))
        #expect(repeated.location?.line == data.regions[0].area[2].line)
    }

    @Test func expandsProvincesAndDecidesGroningenByContext() throws {
        let data = try run(Fixture.card(name: "Mbo Noord-Nederland", figures: ["53.673", "0", "0", "6", "3"],
                                        area: ["• Groningen", "• Friesland", "• Drenthe"]))
        let region = data.regions[0]
        #expect(region.scope == .provinces)
        #expect(region.provinces.map(\.province.code) == ["PV20", "PV21", "PV22"])
        #expect(region.municipalities.count == 10 + 18 + 12)
        #expect(region.municipalities.allSatisfy { $0.match == .province && $0.viaProvince != nil })
        #expect(data.issues(.areaProvinceOrMunicipality).first?.resultValue == "PV20")
    }

    @Test func readsGroningenAmongMunicipalitiesAsTheMunicipality() throws {
        let data = try run(Fixture.card(name: "Groningen (vo)", area: ["- Groningen", "- Veendam"]))
        #expect(data.regions[0].scope == .municipalities)
        #expect(data.regions[0].municipalityNames == ["Groningen", "Veendam"])
    }

    @Test func decidesBergenByGeographyAndReportsTheDistances() throws {
        let data = try run(Fixture.card(name: "Noord", area: ["- Alkmaar", "- Bergen", "- Heiloo"]),
                           Fixture.card(name: "Zuid", area: ["- Gennep", "- Bergen", "- Venray"]))
        #expect(data.regions[0].municipalities[1].municipality.code == "GM0373")
        #expect(data.regions[1].municipalities[1].municipality.code == "GM0893")
        let reasons = data.issues(.municipalityAmbiguityResolved)
        #expect(reasons.count == 2)
        #expect(reasons.allSatisfy { $0.message.contains(" km from ") })
    }

    @Test func leavesAnUndecidableNameAsAnError() throws {
        // Bergen alone: nothing to compare with. Bergen between Noord-Holland and Limburg: no candidate is clearly closer.
        let data = try run(Fixture.card(name: "Alleen", area: ["- Bergen"]),
                           Fixture.card(name: "Verspreid", area: ["- Bergen", "- Alkmaar", "- Venray"]))
        #expect(data.regions.allSatisfy { $0.municipalities.allSatisfy { $0.municipality.name.hasPrefix("Bergen") == false } })
        #expect(data.issues(.municipalityAmbiguous).count == 2)
        #expect(data.issues(.municipalityAmbiguous).allSatisfy { $0.severity == .error })
        #expect(data.regions[0].unresolvedNames.map(\.value) == ["Bergen"])
    }

    @Test func keepsAnUnmatchedNameRawAndReportsAnError() throws {
        let data = try run(Fixture.card(name: "X", area: ["- Atlantis", "- Ede"]))
        #expect(data.regions[0].municipalityNames == ["Ede"])
        #expect(data.regions[0].unresolvedNames.map(\.value) == ["Atlantis"])
        let issue = try #require(data.issues(.municipalityUnmatched).first)
        #expect(issue.severity == .error)
        #expect(issue.rawValue == "Atlantis")
    }

    @Test func splitsTheSectorTagAndComparesItWithTheFigures() throws {
        let data = try run(Fixture.card(name: "Onderwijsregio Brabant-Oost (vo/mbo)", figures: ["76.572", "41", "0", "0", "2"], area: ["- Asten"]),
                           Fixture.card(name: "Midden-Brabant (po/go)", figures: ["28.939", "13", "0", "0", "2"], area: ["- Tilburg"]))
        #expect(data.regions.map(\.name) == ["Onderwijsregio Brabant-Oost", "Midden-Brabant"])
        #expect(data.regions.map(\.sectors) == [[.po], [.po]])
        #expect(data.issues(.sectorTagMismatch).map(\.regionID) == ["onderwijsregio-brabant-oost"])
        #expect(data.issues(.nameUnknownSectorTag).map(\.rawValue) == ["(po/go)"])
    }

    @Test func givesRegionsSharingANameDistinctIDs() throws {
        // (Pupils in thousands: a region with fewer pupils than school boards is reported as implausible.)
        let data = try run(Fixture.card(name: "Rotterdam (po)", figures: ["1.000", "2", "0", "0", "1"], area: ["- Rotterdam"]),
                           Fixture.card(name: "Rotterdam (vo/mbo)", figures: ["1.000", "0", "2", "3", "1"], area: ["- Rotterdam"]),
                           Fixture.card(name: "Rotterdam (po)", figures: ["5.000", "2", "0", "0", "1"], area: ["- Rotterdam"]))
        #expect(data.regions.map(\.id) == ["rotterdam-po", "rotterdam-vo-mbo", "rotterdam-po-2"])
        #expect(data.issues(.regionDuplicateID).isEmpty)
    }

    @Test func numbersAnIDThatARegionOfANameOfItsOwnAlsoHas() throws {
        // "Rotterdam PO" is named alone, but its slug is the id the two "Rotterdam (po)" cards are given:
        // the three are numbered in publication order, wherever the one named alone stands.
        func card(_ name: String) -> String {
            Fixture.card(name: name, figures: ["1.000", "2", "0", "0", "1"], area: ["- Rotterdam"])
        }
        let first = try run(card("Rotterdam PO"), card("Rotterdam (po)"), card("Rotterdam (po)"))
        #expect(first.regions.map(\.id) == ["rotterdam-po", "rotterdam-po-2", "rotterdam-po-3"])
        let middle = try run(card("Rotterdam (po)"), card("Rotterdam PO"), card("Rotterdam (po)"))
        #expect(middle.regions.map(\.id) == ["rotterdam-po", "rotterdam-po-2", "rotterdam-po-3"])
        #expect(middle.issues(.regionIDDisambiguated).map(\.resultValue) == ["rotterdam-po", "rotterdam-po-2", "rotterdam-po-3"])
        let last = try run(card("Rotterdam (po)"), card("Rotterdam (po)"), card("Rotterdam PO"), card("Utrecht"))
        #expect(last.regions.map(\.id) == ["rotterdam-po", "rotterdam-po-2", "rotterdam-po-3", "utrecht"])
        #expect(last.issues(.regionIDDisambiguated).map(\.regionID) == ["rotterdam-po", "rotterdam-po-2", "rotterdam-po-3"])
    }

    @Test func marksACardWithoutAreaNational() throws {
        let data = try run(Fixture.card(name: "Progressus", figures: ["74.982", "114", "4", "1", "3"], area: nil))
        #expect(data.regions[0].scope == .national)
        #expect(data.regions[0].municipalities.isEmpty)
        #expect(data.issues(.regionNationalScope).count == 1)
    }

    @Test func checksTheCountAgainstTheClaimInTheText() throws {
        let claim = "De kaarten brengen alle 3 onderwijsregio's in beeld.\n\n"
        let data = try run(claim, Fixture.card(name: "A", area: ["- Ede"]), Fixture.card(name: "B", area: ["- Epe"]))
        let mismatch = try #require(data.issues(.regionCountMismatch).first)
        #expect(mismatch.rawValue == "3")
        #expect(mismatch.resultValue == "2")
        #expect(mismatch.location?.line == 1)
        let unclaimed = try run(Fixture.card(name: "A", area: ["- Ede"]))
        #expect(unclaimed.issues(.publicationNoCountClaim).count == 1)
    }

    @Test func refusesADocumentWithoutCards() {
        #expect(throws: InputError.self) { try Fixture.dataset("Regionale samenwerking werkt\n\nGeen kaarten hier.\n") }
    }
}
