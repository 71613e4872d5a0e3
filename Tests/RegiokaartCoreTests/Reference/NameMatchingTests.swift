import Foundation
import Testing
@testable import RegiokaartCore

/// Issue 11, item 4: a typo in a short name, a misspelt province, a place listed for its municipality —
/// on the real publication's cards, and the cases that must stay doubts.
@Suite struct NameMatchingTests {
    static let file = BuildConfiguration.defaultPublication
    static let text = try! String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)

    /// The real publication with the listed name `original` of the card `regionID` replaced by
    /// `replacement`; the damaged dataset, and the line.
    static func replacing(_ original: String, with replacement: String, in regionID: String,
                          reference: ReferenceData = Fixture.reference) throws -> (Dataset, Int) {
        let region = try #require(Fixture.seed.region(regionID))
        let entry = try #require(region.area.first { $0.name == original })
        var lines = text.components(separatedBy: "\n")
        let index = entry.line - 1
        if lines[index].contains(original) {
            lines[index] = lines[index].replacingOccurrences(of: original, with: replacement)
        } else {
            // Printed over two lines ("- Leidschendam-" and "Voorburg"): the first gets the new name.
            lines[index] = lines[index].prefix { !$0.isLetter } + replacement
            lines[index + 1] = ""
        }
        let document = try TextDocumentReader.read(Array(lines.joined(separator: "\n").utf8), name: file)
        return (try BuildJob.dataset(from: document, reference: reference), entry.line)
    }

    /// The id of the first card of the real publication that lists `name`.
    static func card(listing name: String) throws -> String {
        try #require(Fixture.seed.regions.first { $0.area.contains { $0.name == name } }).id
    }

    static func codes(_ dataset: Dataset, _ id: String) -> Set<String> {
        Set(dataset.region(id)?.municipalities.map(\.municipality.code) ?? [])
    }

    @Test func aTypoInAShortNameIsReadWhenTheCardsGeographyAgrees() throws {
        let id = try Self.card(listing: "Oss")
        let (dataset, line) = try Self.replacing("Oss", with: "Osss", in: id)
        #expect(Self.codes(dataset, id) == Self.codes(Fixture.seed, id))
        let issue = try #require(dataset.issues(.municipalityShortFuzzyMatch).first)
        #expect(issue.location == SourceLocation(file: Self.file, line: line))
        #expect(issue.severity == .warning && issue.resultValue == "Oss (GM0828)")
        #expect(issue.message.contains("km from"))
        #expect(dataset.issues.allSatisfy { $0.severity != .error })
    }

    @Test func aShortNamesTypoFarFromTheCardIsADoubtNotAMatch() throws {
        let text = Fixture.card(name: "Regio Groningen", area: ["- Groningen", "- Westerkwartier", "- Osss"])
        let dataset = try Fixture.dataset(text)
        #expect(!dataset.regions[0].municipalityNames.contains("Oss"))
        let issue = try #require(dataset.issues(.municipalityUnconfirmed).first)
        #expect(issue.severity == .error && issue.rawValue == "Osss" && issue.location?.line != nil)
    }

    @Test func aTypoBetweenEdeAndEpeIsAnAmbiguityNeverAPick() throws {
        let matcher = MunicipalityMatcher(reference: Fixture.reference)
        #expect(matcher.match("Ede").code == "GM0228" && matcher.match("Ede").kind == .exact)
        #expect(matcher.match("Epe").code == "GM0232" && matcher.match("Epe").kind == .exact)
        #expect(Set(matcher.match("Eqe").hit?.codes ?? []) == ["GM0228", "GM0232"])
        // Among Ede's neighbours, where the geography would favour Ede, the tie is still reported.
        let text = Fixture.card(name: "Regio Vallei", area: ["- Wageningen", "- Barneveld", "- Renkum", "- Eqe"])
        let dataset = try Fixture.dataset(text)
        #expect(Set(dataset.regions[0].municipalityNames) == ["Wageningen", "Barneveld", "Renkum"])
        let issue = try #require(dataset.issues(.municipalityAmbiguous).first)
        #expect(issue.rawValue == "Eqe" && issue.message.contains("never decided by geography"))
    }

    @Test func aShortNamesTypoWithNoOtherMunicipalityIsADoubt() throws {
        let dataset = try Fixture.dataset(Fixture.card(name: "Regio Oss", area: ["- Osss"]))
        #expect(dataset.regions[0].municipalities.isEmpty)
        #expect(dataset.issues(.municipalityUnconfirmed).count == 1)
    }

    @Test func aMisspeltProvinceInAListOfProvincesIsThatProvince() throws {
        let id = try Self.card(listing: "Drenthe")
        let (dataset, line) = try Self.replacing("Drenthe", with: "Denthe", in: id)
        let region = try #require(dataset.region(id))
        #expect(region.scope == .provinces)
        #expect(region.provinces.map(\.province.code) == ["PV20", "PV21", "PV22"])
        #expect(Self.codes(dataset, id) == Self.codes(Fixture.seed, id))
        let issue = try #require(dataset.issues(.areaProvinceFuzzyMatch).first)
        #expect(issue.location == SourceLocation(file: Self.file, line: line) && issue.resultValue == "Drenthe (PV22)")
        #expect(dataset.issues.allSatisfy { $0.severity != .error })
    }

    @Test func aMisspeltProvinceAmongMunicipalitiesIsNoProvince() throws {
        let dataset = try Fixture.dataset(Fixture.card(name: "Regio Assen", area: ["- Assen", "- Tynaarlo", "- Denthe"]))
        #expect(dataset.regions[0].scope == .municipalities)
        #expect(dataset.issues(.areaProvinceFuzzyMatch).isEmpty)
        #expect(dataset.issues(.municipalityUnmatched).map(\.rawValue) == ["Denthe"])
    }

    @Test func aNameOneEditFromTwoProvincesIsNoProvince() throws {
        // "NL-XR" is one edit from NL-FR, NL-GR and NL-DR: a tie, never a pick.
        let dataset = try Fixture.dataset(Fixture.card(name: "Mbo Noord", area: ["• Friesland", "• Drenthe", "• NL-XR"]))
        #expect(!dataset.regions[0].provinces.contains { $0.nameAsPublished == "NL-XR" })
        #expect(dataset.issues(.municipalityUnmatched).map(\.rawValue) == ["NL-XR"])
    }

    @Test(arguments: [("Rosmalen", "'s-Hertogenbosch"), ("Voorburg", "Leidschendam-Voorburg")])
    func aPlaceListedForItsMunicipalityIsThatMunicipality(_ place: String, _ municipality: String) throws {
        let id = try Self.card(listing: municipality)
        let (dataset, line) = try Self.replacing(municipality, with: place, in: id)
        #expect(Self.codes(dataset, id) == Self.codes(Fixture.seed, id))
        let issue = try #require(dataset.issues(.municipalityPlace).first)
        #expect(issue.location == SourceLocation(file: Self.file, line: line) && issue.severity == .warning)
        #expect(issue.message.contains("woonplaats") && issue.message.contains("km from"))
    }

    @Test func aPlaceFarFromTheCardIsADoubt() throws {
        let dataset = try Fixture.dataset(Fixture.card(name: "Regio Groningen", area: ["- Groningen", "- Westerkwartier", "- Rosmalen"]))
        #expect(dataset.regions[0].municipalityNames == ["Groningen", "Westerkwartier"])
        #expect(dataset.issues(.municipalityUnconfirmed).map(\.rawValue) == ["Rosmalen"])
        // "Eede" (Ede with a doubled letter) is a village in Sluis: on a Veluwe card, a doubt, not Sluis.
        let veluwe = try Fixture.dataset(Fixture.card(name: "Regio Vallei", area: ["- Wageningen", "- Barneveld", "- Eede"]))
        #expect(veluwe.regions[0].municipalityNames == ["Wageningen", "Barneveld"])
        #expect(veluwe.issues(.municipalityUnconfirmed).first?.message.contains("Sluis") == true)
    }

    @Test func aPlaceInSeveralMunicipalitiesIsDecidedByGeographyLikeBergen() throws {
        let near = try Fixture.dataset(Fixture.card(name: "Regio Arnhem", area: ["- Arnhem", "- Rozendaal", "- Renkum", "- Velp"]))
        #expect(near.regions[0].municipalityNames.contains("Rheden"))
        #expect(near.issues(.municipalityAmbiguityResolved).map(\.rawValue) == ["Velp"])
        // Between the two Velps, with nothing to compare: left open.
        let alone = try Fixture.dataset(Fixture.card(name: "Regio Velp", area: ["- Velp"]))
        #expect(alone.regions[0].municipalities.isEmpty)
        #expect(alone.issues(.municipalityAmbiguous).map(\.rawValue) == ["Velp"])
    }

    @Test func placeNamesOfSeveralMunicipalitiesAreAllCandidates() {
        let rule = PlaceRule(Fixture.reference)
        #expect(Set(rule.candidates(for: "Beek", folded: "beek")?.codes ?? []) == ["GM0888", "GM1955", "GM1945"])
        #expect(Set(rule.candidates(for: "Laren", folded: "laren")?.codes ?? []) == ["GM0262", "GM0417"])
    }

    @Test(arguments: [
        (["- Nijmegen", "- Heumen", "- Beek"], "Berg en Dal"),
        (["- Maastricht", "- Meerssen", "- Beek"], "Beek (L.)"),
        (["- Hilversum", "- Blaricum", "- Huizen", "- Laren"], "Laren (NH.)"),
        (["- Zutphen", "- Deventer", "- Laren"], "Lochem"),
    ])
    func aMunicipalitysNameThatIsAlsoAPlaceElsewhereIsDecidedByGeography(_ area: [String], _ expected: String) throws {
        let dataset = try Fixture.dataset(Fixture.card(name: "Regio", area: area))
        #expect(dataset.regions[0].municipalityNames.contains(expected))
        #expect(dataset.issues(.municipalityAmbiguityResolved).map { $0.resultValue?.hasPrefix(expected) } == [true])
        let pair = try #require(dataset.regions[0].municipalities.first { $0.municipality.name == expected })
        #expect(pair.match == (expected.hasPrefix(pair.nameAsPublished ?? "") ? .qualifier : .place))
    }

    @Test func aFuzzyMatchFarFromTheCardIsADoubt() throws {
        // Found by the damage tests: a transposition of the publication's own typo "Veendaal" (for
        // Veenendaal) is closest to Veendam, 130 km from the card.
        let id = try Self.card(listing: "Veendaal")
        let (dataset, line) = try Self.replacing("Veendaal", with: "Veendala", in: id)
        #expect(!Self.codes(dataset, id).contains("GM0047"))
        let issue = try #require(dataset.issues(.municipalityUnconfirmed).first)
        #expect(issue.location == SourceLocation(file: Self.file, line: line) && issue.resultValue == "GM0047")
    }

    @Test func explainShowsTheRulesInTheirOrder() {
        let steps = MunicipalityMatcher(reference: Fixture.reference).explain("Osss")
        #expect(steps.map(\.step) == ["alias", "exact", "qualifier", "folded", "former", "label", "place", "fuzzy", "short_fuzzy"])
        #expect(steps.last?.hit?.codes == ["GM0828"])
    }
}
