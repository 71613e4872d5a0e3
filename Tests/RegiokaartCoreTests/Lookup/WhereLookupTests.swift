import Foundation
import Testing
@testable import RegiokaartCore

/// `regiokaart where`: names read through the matcher's rules, regions by id and name, ambiguity
/// and suggestions, on the real dataset; then the command itself on the published `Output/`.
@Suite struct WhereLookupTests {
    static let lookup = WhereLookup(regions: DatasetSnapshot(origin: "", dataset: RealInput.dataset).regions,
                                    reference: RealInput.reference)

    /// The ids serving the single municipality of `answer` for `sector`.
    func ids(_ answer: WhereAnswer, _ sector: String) -> [String] {
        answer.municipalities.first?.sectors[sector]?.map(\.id) ?? []
    }

    /// The publication lists 's-Hertogenbosch in three cards (lines 1587, 2483, 3439): Brabant-Oost
    /// (po), Rond Bommel en Dommel (po) and Brabant-Oost (vo/mbo). Every spelling of it must give them.
    static let denBoschPO = ["onderwijsregio-brabant-oost-po", "rond-bommel-en-dommel"]
    static let denBoschVOMBO = ["onderwijsregio-brabant-oost-vo-mbo"]

    @Test func denBoschIsTheAliasOfsHertogenbosch() {
        let answer = Self.lookup.answer("Den Bosch")
        #expect(answer.found)
        #expect(answer.understood?.rule == "alias")
        #expect(answer.municipalities.map(\.municipality.code) == ["GM0796"])
        #expect(ids(answer, "po") == Self.denBoschPO)
        #expect(ids(answer, "vo") == Self.denBoschVOMBO && ids(answer, "mbo") == Self.denBoschVOMBO)
        // The three national cards (no list) serve it as every other municipality.
        #expect(Set(answer.municipalities[0].national.map(\.id)) == ["onderwijsregio-koerskracht-plg", "progressus", "landelijke-groene-onderwijsregio"])
    }

    @Test func rosmalenIsAPlaceInsHertogenbosch() {
        // CBS woonplaatsen: Rosmalen (1596) lies in gemeente 0796.
        let answer = Self.lookup.answer("Rosmalen")
        #expect(answer.understood?.rule == "place")
        #expect(answer.municipalities.map(\.municipality.code) == ["GM0796"])
        #expect(ids(answer, "po") == Self.denBoschPO)
        let text = WhereReport.text(answer)
        #expect(text.contains("read by rule place") && text.contains("'s-Hertogenbosch (GM0796"))
    }

    @Test func haarenIsAFormerMunicipality() {
        // herindelingen.csv: Haaren (GM0788) ceased on 2021-01-01, split over Oisterwijk, Vught,
        // Boxtel and Tilburg; the merger table names Oisterwijk first (where the village lies).
        let answer = Self.lookup.answer("Haaren")
        #expect(answer.understood?.rule == "former")
        #expect(answer.municipalities.map(\.municipality.code) == ["GM0824"])
        #expect(answer.understood?.detail.contains("Vught") == true, "the split is shown")
        // Oisterwijk is listed in the cards of Midden-Brabant (po) and Midden- en West-Brabant (vo/mbo).
        #expect(ids(answer, "po") == ["midden-brabant"])
        #expect(ids(answer, "vo") == ["midden-en-west-brabant"])
    }

    @Test func aRegionByIdListsItsMunicipalities() {
        let answer = Self.lookup.answer("onderwijsregio-haaglanden")
        #expect(answer.municipalities.isEmpty)
        let region = answer.regions.first
        #expect(answer.regions.count == 1 && region?.matchedBy == "id")
        #expect(region?.region.sectors == ["po", "vo", "mbo"])
        // The card (line 1499 on) lists Delft … Zoetermeer; Leidschendam-Voorburg is printed over two lines.
        let names = Set(region?.municipalities.map(\.name) ?? [])
        #expect(names.isSuperset(of: ["Delft", "'s-Gravenhage", "Leidschendam-Voorburg", "Zoetermeer", "Westland"]))
        #expect(region?.municipalities.count == 11)
        // By name too, in any case and spacing.
        #expect(Self.lookup.answer("  onderwijsregio   HAAGLANDEN ").regions.map(\.region.id) == ["onderwijsregio-haaglanden"])
    }

    @Test func aProvinceRegionNamesItsProvinces() throws {
        // The card "Mbo Noord-Nederland" lists Groningen, Friesland and Drenthe: 10 + 18 + 12 municipalities.
        let region = try #require(Self.lookup.answer("Mbo Noord-Nederland").regions.first)
        #expect(region.scope == "provinces" && region.provinces == ["Groningen", "Fryslân", "Drenthe"])
        #expect(region.municipalities.count == 40)
    }

    @Test func anAmbiguousNameListsEveryCandidate() {
        // Velp is a woonplaats in Rheden (GM0275) and in Land van Cuijk (GM1982).
        let answer = Self.lookup.answer("Velp")
        #expect(answer.understood?.ambiguous == true)
        #expect(Set(answer.municipalities.map(\.municipality.code)) == ["GM0275", "GM1982"])
        #expect(answer.municipalities.allSatisfy { !($0.sectors["po"] ?? []).isEmpty })
        #expect(WhereReport.text(answer).contains("is ambiguous"))
    }

    @Test func aSharedNameGivesTheMunicipalityAndBothRegions() {
        let answer = Self.lookup.answer("Rotterdam")
        #expect(answer.municipalities.map(\.municipality.code) == ["GM0599"])
        #expect(answer.regions.map(\.region.id) == ["rotterdam-po", "rotterdam-vo-mbo"])
    }

    @Test func anUnknownNameSuggestsTheNearest() {
        let typo = Self.lookup.answer("Rosmaln")
        #expect(!typo.found && typo.suggestions.first == "Rosmalen")
        #expect(Self.lookup.answer("Den Bosh").suggestions.first == "Den Bosch")
        let nothing = Self.lookup.answer("Qqqqqqqqqqqq")
        #expect(!nothing.found && nothing.suggestions.isEmpty)
        #expect(WhereReport.text(typo).contains("nearest names: Rosmalen"))
    }

    @Test func theCommandReadsThePublishedOutputAndExits012() throws {
        let found = try TestSupport.run(["where", "Den Bosch", "Rosmalen", "Haaren", "onderwijsregio-haaglanden"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("Onderwijsregio Brabant-Oost (onderwijsregio-brabant-oost-po)"))
        #expect(found.stdout.contains("the region Onderwijsregio Haaglanden (onderwijsregio-haaglanden)"))
        let json = try TestSupport.run(["where", "--json", "Rosmalen", "Xyzzyville"])
        #expect(json.status == 1)
        let answers = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(answers?.map { $0["found"] as? Bool } == [true, false])
        let folder = try TestSupport.temporaryFolder()
        let unusable = try TestSupport.run(["where", "--output", folder.path, "Rosmalen"])
        #expect(unusable.status == 2)
        #expect(unusable.stderr.contains(folder.path))
    }
}
