import Foundation
import Testing
@testable import RegiokaartCore

/// A kind word or a province label around a listed name (`LabelRule`, `NameLabels`): left out only
/// when the rest matches, a province only when the municipality lies in it; a contradiction is an
/// error, never a silent pick; each one reported at its line.
@Suite struct LabelRuleTests {
    static let matcher = MunicipalityMatcher(reference: Fixture.reference)

    /// The codes and kind `name` is matched to, and the label's contradiction flag.
    static func match(_ name: String) -> (codes: [String], kind: MatchKind?, contradicted: Bool) {
        let outcome = matcher.match(name)
        return (outcome.hit?.codes ?? [], outcome.kind, outcome.hit?.label?.contradicted ?? false)
    }

    /// One card listing `area` in a Gelderland neighbourhood, read by the whole pipeline.
    static func card(_ area: [String]) throws -> (Dataset, lines: [String]) {
        let text = Fixture.card(name: "Regio Achterhoek (po)", area: area.map { "- " + $0 })
        return (try Fixture.dataset(text), text.components(separatedBy: "\n"))
    }

    @Test(arguments: ["Gemeente Aalten", "gemeente Aalten", "gem. Aalten", "GEMEENTE Aalten", "Gem Aalten", "Aalten (gemeente)",
                      "Aalten (gem.)", "Aalten (Gld.)", "Aalten (GLD)", "Aalten (Gelderland)", "Aalten (gelderland)",
                      "Aalten (NL-GE)", "Aalten (Provincie Gelderland)", "Gemeente Aalten (Gld.)", "gem. Aalten (gemeente)"])
    func aLabelAroundAnExactNameIsAnExactMatch(name: String) {
        let m = Self.match(name)
        #expect(m.codes == ["GM0197"] && m.kind == .exact && !m.contradicted, "\(name): \(m)")
    }

    /// The CBS qualifier and a province decide between the municipalities of one name.
    @Test(arguments: [("Bergen (Noord-Holland)", "GM0373"), ("Bergen (Limburg)", "GM0893"), ("Bergen (Lb.)", "GM0893"),
                      ("Gemeente Bergen (NH.)", "GM0373"), ("Gemeente Bergen (L.)", "GM0893"), ("Hengelo (Overijssel)", "GM0164"),
                      ("Hengelo (Ov.)", "GM0164"), ("Stein (Limburg)", "GM0971"), ("Laren (Noord-Holland)", "GM0417"),
                      ("Gemeente Den Haag", "GM0518"), ("Den Haag (ZH.)", "GM0518"), ("Gemeente Haaren", "GM0824")])
    func aProvinceDecidesBetweenNamesakes(name: String, code: String) {
        let m = Self.match(name)
        #expect(m.codes == [code] && !m.contradicted, "\(name): \(m)")
    }

    /// The village Hengelo in Gelderland lies in Bronckhorst: a place match, which the geography must confirm.
    @Test func aProvinceThatLeavesOnlyAVillageMakesAPlaceMatch() {
        for name in ["Hengelo (Gelderland)", "Hengelo (Gld.)", "Velp (Gelderland)"] {
            let m = Self.match(name)
            #expect(m.kind == .place && m.codes.count == 1, "\(name): \(m)")
        }
        #expect(Self.matcher.geography(for: .place) == .confirmsEvery)
    }

    /// What is no label stays part of the name: a word that only starts like one, a parenthetical
    /// naming no province or kind, a name that is another municipality, a label with nothing left.
    @Test(arguments: ["Gemeentehuis Aalten", "Gemert Aalten", "Aalten (Winterswijk)", "Aalten (po)", "Gemeente", "(Gelderland)",
                      "Gemeente Atlantis", "Atlantis (Gld.)", "Provincie Aalten", "Aalten (provincie)"])
    func whatIsNoLabelIsNotLeftOut(name: String) {
        #expect(Self.matcher.match(name).hit?.label == nil, "\(name)")
    }

    /// `Gemert-Bakel` begins like `gem.` and is matched as printed; with a kind word it is the same municipality.
    @Test func aNameBeginningLikeAKindWordIsItself() {
        #expect(Self.match("Gemert-Bakel").kind == .exact)
        #expect(Self.match("Gem. Gemert-Bakel").codes == Self.match("Gemert-Bakel").codes)
        #expect(Self.match("Gemeente Gemert-Bakel").codes == ["GM1652"])
    }

    /// A province label that contradicts the name: an error on the entry's line, the name unplaced.
    @Test(arguments: [("Aalten (Limburg)", "Limburg"), ("Gemeente Aalten (L.)", "Limburg"), ("Hengelo (Limburg)", "Limburg"),
                      ("Den Haag (NH.)", "Noord-Holland")])
    func aContradictingProvinceIsAnErrorNeverAPick(name: String, province: String) throws {
        #expect(Self.match(name).contradicted, "\(name)")
        let (dataset, lines) = try Self.card(["Winterswijk", name, "Oost Gelre"])
        let issue = try #require(dataset.issues(.municipalityProvinceContradicts).first)
        #expect(dataset.issues(.municipalityProvinceContradicts).count == 1)
        #expect(issue.severity == .error && issue.rawValue == name && issue.message.contains(province))
        #expect(lines[issue.location!.line - 1] == "- " + name)
        #expect(dataset.regions[0].municipalityNames.sorted() == ["Oost Gelre", "Winterswijk"])
        #expect(dataset.regions[0].area.contains { $0.name == name && $0.resolution == .unmatched })
        #expect(dataset.issues(.municipalityLabelRemoved).isEmpty)
    }

    /// Each label left out is reported once, at its entry's line, with the raw name and the municipality.
    @Test func eachLabelIsReportedAtItsLine() throws {
        let area = ["Gemeente Aalten", "Winterswijk (Gld.)", "Oost Gelre", "gem. Berkelland (gemeente)"]
        let (dataset, lines) = try Self.card(area)
        #expect(dataset.issues.filter { $0.severity == .error }.isEmpty)
        #expect(dataset.regions[0].municipalityNames.sorted() == ["Aalten", "Berkelland", "Oost Gelre", "Winterswijk"])
        let found = dataset.issues(.municipalityLabelRemoved)
        #expect(found.map(\.rawValue) == ["Gemeente Aalten", "Winterswijk (Gld.)", "gem. Berkelland (gemeente)"])
        #expect(found.map(\.resultValue) == ["Aalten (GM0197)", "Winterswijk (GM0294)", "Berkelland (GM1859)"])
        for issue in found { #expect(lines[issue.location!.line - 1] == "- " + issue.rawValue!) }
        #expect(found.allSatisfy { $0.severity == .info })
    }

    /// A label around a misspelt name: the label is reported, and the typo as any typo (a warning,
    /// checked against the card's geography).
    @Test func aLabelAroundATypoIsReportedAndTheTypoToo() throws {
        let (dataset, _) = try Self.card(["Gemeente Winterswyjk", "Aalten", "Oost Gelre"])
        #expect(dataset.regions[0].municipalityNames.contains("Winterswijk"))
        #expect(dataset.issues(.municipalityLabelRemoved).count == 1)
        #expect(dataset.issues(.municipalityFuzzyMatch).first?.rawValue == "Gemeente Winterswyjk")
    }

    /// Two municipalities on one line with kind words split as two, each labelled; a compound name with
    /// its separator ("Gilze en Rijen") stays one, with the label too.
    @Test func aLineOfTwoLabelledNamesIsTwoAndACompoundNameStaysOne() throws {
        let (dataset, _) = try Self.card(["Gemeente Aalten en Gemeente Winterswijk", "Gemeente Gilze en Rijen",
                                         "Gemeente Nuenen, Gerwen en Nederwetten", "Oost Gelre"])
        #expect(dataset.regions[0].municipalityNames.sorted()
                    == ["Aalten", "Gilze en Rijen", "Nuenen, Gerwen en Nederwetten", "Oost Gelre", "Winterswijk"])
        #expect(dataset.issues(.municipalityLabelRemoved).count == 4)
    }

    /// A name the list broke over two items, each with the list's kind word, is joined without the second.
    @Test func aBrokenNameWithTheKindWordOnBothHalvesIsJoined() throws {
        let text = Fixture.card(name: "Regio Haaglanden (po)", area: ["- Gemeente Delft", "- Gemeente Leidschendam-", "- Gemeente Voorburg"])
        let dataset = try Fixture.dataset(text)
        #expect(dataset.regions[0].municipalityNames.sorted() == ["Delft", "Leidschendam-Voorburg"])
        #expect(dataset.issues.filter { $0.severity == .error }.isEmpty)
    }

    /// `Gemeente Utrecht` is the municipality even in a list of provinces (the label says which); a
    /// province label is no province entry.
    @Test func aKindWordMakesAProvincesNameTheMunicipality() throws {
        let text = Fixture.card(name: "Regio Midden (po)", area: ["- Gemeente Utrecht", "- Flevoland"])
        let dataset = try Fixture.dataset(text)
        #expect(dataset.regions[0].municipalityNames.contains("Utrecht"))
        #expect(dataset.issues(.municipalityLabelRemoved).count == 1)
    }

    /// `explain` shows the label step in its place, and `where` the rule that read the name.
    @Test func explainAndWhereShowTheLabel() throws {
        let lines = NameExplanation.text("Aalten (Gld.)", region: nil, reference: Fixture.reference).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("  label: Aalten (GM0197, Gelderland) — \"(Gld.)\" left out (the province Gelderland)") && $0.hasSuffix("→ match") })
        let contradicted = NameExplanation.text("Aalten (Limburg)", region: nil, reference: Fixture.reference)
        #expect(contradicted.contains("municipality.province_contradicts (error)"))
        let lookup = WhereLookup(regions: [], reference: Fixture.reference)
        let answer = lookup.answer("Gemeente Aalten")
        #expect(answer.understood?.rule == "label" && answer.understood?.detail.contains("by the exact rule") == true)
        #expect(answer.municipalities.map(\.municipality.code) == ["GM0197"])
    }

    /// The abbreviations table names each province apart: no folded abbreviation is two provinces'.
    @Test func theLabelTableIsUnambiguous() {
        let labels = NameLabels(reference: Fixture.reference)
        var seen: [String: String] = [:]
        for (code, abbreviations) in NameLabels.abbreviations {
            for a in abbreviations {
                #expect(seen[a] == nil, "\(a): \(seen[a] ?? "") and \(code)")
                seen[a] = code
                #expect(labels.parentheticals[a] == .province(code), "\(a)")
            }
        }
        #expect(NameLabels.kindWords.allSatisfy { labels.parentheticals[$0] == .kind })
    }

    /// A steward's row scoped to a card for the bare name applies to the labelled name on that card
    /// only (the match is remembered per card: `MunicipalityMatcher.dependsOnRegion` reads the rest).
    @Test func aScopedAliasOfTheRestAppliesOnItsCardOnly() throws {
        let (reference, _) = try ScopedAliasTests.reference(ScopedAliasTests.header + "Bergen,GM0893,the one in Limburg,regio-achterhoek-po\n")
        let matcher = MunicipalityMatcher(reference: reference)
        #expect(matcher.dependsOnRegion("Gemeente Bergen") && !matcher.dependsOnRegion("Gemeente Aalten"))
        #expect(matcher.match("Gemeente Bergen", region: "regio-achterhoek-po").hit?.codes == ["GM0893"])
        #expect(matcher.match("Gemeente Bergen", region: "elders").hit?.codes.count == 2)
        #expect(matcher.match("Gemeente Bergen", region: "regio-achterhoek-po").hit?.label?.rest == "Bergen")
    }
}
