import Testing
@testable import RegiokaartCore

/// The key under which `ResolveAmbiguityByGeography` decides each distinct list once: equal lists
/// share it wherever they stand, and lists that share only their hash are decided each on its own.
@Suite struct RepeatedListTests {
    /// The steps up to the geography: the lists' names are matched, the ambiguous ones left open.
    static let upToGeography = Pipeline([
        Pipeline.names,
        Pipeline([ClassifyNationalScope(), JoinSplitAreaNames(), CollapseAreaWhitespace(), DetectProvinces(),
                  CheckScopedAliases(), MatchMunicipalities()]),
    ])

    @Test func equalListsOnOtherCardsAndLinesHashAlike() throws {
        let list = ["- Bergen", "- Alkmaar", "- Heiloo"]
        let text = Fixture.card(name: "Noord (vo)", area: list) + Fixture.card(name: "Kust (po)", area: ["- Texel"] + list)
            + Fixture.card(name: "West (po)", area: list)
        let context = StepContext(reference: Fixture.reference)
        let data = try BuildJob.dataset(from: Fixture.document(text), context: context, pipeline: Self.upToGeography)
        let lists = data.regions.map { ResolveAmbiguityByGeography.List($0, matcher: context.matcher) }
        #expect(data.regions[0].area.map(\.line) != data.regions[2].area.map(\.line))
        #expect(lists[0] == lists[2])
        #expect(lists[0].hashValue == lists[2].hashValue)
        #expect(lists[0] != lists[1])
    }

    /// Lists with the same ambiguous names and length share a hash, but not their decision: Bergen
    /// beside Alkmaar is the one in Noord-Holland, beside Venray the one in Limburg.
    @Test func listsSharingTheirAmbiguousNamesAreDecidedEachOnItsOwn() throws {
        let text = Fixture.card(name: "Noord (vo)", area: ["- Bergen", "- Alkmaar"])
            + Fixture.card(name: "Zuid (vo)", area: ["- Bergen", "- Venray"])
            + Fixture.card(name: "Noord (po)", area: ["- Bergen", "- Alkmaar"])
        let context = StepContext(reference: Fixture.reference)
        let before = try BuildJob.dataset(from: Fixture.document(text), context: context, pipeline: Self.upToGeography)
        let lists = before.regions.map { ResolveAmbiguityByGeography.List($0, matcher: context.matcher) }
        #expect(lists[0].hashValue == lists[1].hashValue)
        #expect(lists[0] != lists[1])
        let data = try Fixture.dataset(text)
        #expect(data.regions.map { $0.municipalities.map(\.municipality.provinceName) } == [["Noord-Holland", "Noord-Holland"], ["Limburg", "Limburg"], ["Noord-Holland", "Noord-Holland"]])
        try RunTableTests.compare(Fixture.document(text))
    }
}
