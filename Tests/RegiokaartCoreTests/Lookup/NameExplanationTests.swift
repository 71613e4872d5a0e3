import Foundation
import Testing
@testable import RegiokaartCore

/// `regiokaart explain`'s text, on the real reference data: what a steward reads to see why a name
/// was matched or not.
@Suite struct NameExplanationTests {
    static func explain(_ name: String, region: String? = nil) -> [String] {
        NameExplanation.text(name, region: region, reference: Fixture.reference).split(separator: "\n").map(String.init)
    }

    @Test func aTypoOfAShortNameShowsEveryRuleAndTheDecidingOne() {
        let lines = Self.explain("Osss")
        #expect(lines.first == "\"Osss\" (folded: osss)")
        // Every rule of the matcher is listed, in its order; the first with a candidate decides.
        let rules = lines.dropFirst().compactMap { $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces) }
        #expect(rules == MunicipalityMatcher(reference: Fixture.reference).stepNames)
        let deciding = lines.first { $0.contains("Oss (") && !$0.contains("not used") }
        #expect(deciding?.hasPrefix("  short_fuzzy:") == true)
        #expect(deciding?.contains("→ match if it lies among the card's other municipalities") == true)
    }

    @Test func aProvinceIsNamedAsOne() {
        #expect(Self.explain("Friesland").contains { $0.hasPrefix("  province: Fryslân (PV21)") })
    }

    @Test func aNameNoRuleKnowsSaysSo() {
        #expect(Self.explain("Qwxz Vlpt").last == "  no rule matches: reported as municipality.unmatched (error)")
    }
}
