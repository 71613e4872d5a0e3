import Testing
@testable import RegiokaartCore

/// Markup around a card's own name, removed by the listed names' rule and reported.
@Suite struct StripRegionNameMarkupTests {
    static func dataset(_ text: String) throws -> Dataset {
        try BuildJob.dataset(from: Fixture.document(text), reference: Fixture.reference)
    }

    @Test(arguments: ["**Rotterdam (po)**", "__Rotterdam (po)__", "[Rotterdam (po)](https://example.org/regio_(po))", "*Rotterdam* (po)"])
    func theNameAndItsTagReadAsPlain(printed: String) throws {
        let plain = try Self.dataset(Fixture.card(name: "Rotterdam (po)", area: ["- Rotterdam"]))
        let marked = try Self.dataset(Fixture.card(name: printed, area: ["- Rotterdam"]))
        #expect(marked.regions.map(\.name) == plain.regions.map(\.name))
        #expect(marked.regions.map(\.id) == plain.regions.map(\.id))
        #expect(marked.regions.map(\.sectors) == plain.regions.map(\.sectors))
        #expect(marked.regions.map(\.nameAsPublished) == [printed])
        let found = marked.issues.filter { $0.code == IssueCode.nameMarkup.rawValue }
        #expect(found.count == 1)
        #expect(found.first?.field == "name" && found.first?.rawValue == printed && found.first?.resultValue == "Rotterdam (po)")
        #expect(found.first?.location?.line == 1)
    }

    @Test func aPlainNameIsLeftAlone() throws {
        let plain = try Self.dataset(Fixture.card(name: "Rotterdam (po)", area: ["- Rotterdam"]))
        #expect(plain.issues.filter { $0.code == IssueCode.nameMarkup.rawValue }.isEmpty)
    }
}
