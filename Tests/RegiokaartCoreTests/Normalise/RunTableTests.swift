import Foundation
import Testing
@testable import RegiokaartCore

/// The steps that decide each distinct name once per run (and keep the run's links, province
/// members and municipality numbers) report and resolve exactly as the same rules applied entry by
/// entry, region by region (`Pipeline.withoutRunTables`): same findings in the same order, same areas
/// and municipality lists.
@Suite struct RunTableTests {
    static func compare(_ document: SourceDocument, reference: ReferenceData = Fixture.reference) throws {
        let context = StepContext(reference: reference)
        let run = try BuildJob.dataset(from: document, context: context)
        let oracle = try BuildJob.dataset(from: document, context: context, pipeline: .withoutRunTables)
        #expect(run.issues == oracle.issues)
        #expect(run.regions.count == oracle.regions.count)
        for (a, b) in zip(run.regions, oracle.regions) {
            #expect(a.id == b.id)
            #expect(a.name == b.name && a.sectorTag == b.sectorTag && a.taggedSectors == b.taggedSectors, "\(a.id)")
            #expect(a.area == b.area, "\(a.id)")
            #expect(a.municipalities == b.municipalities, "\(a.id)")
            #expect(a.provinces == b.provinces, "\(a.id)")
            #expect(a.scope == b.scope, "\(a.id)")
        }
    }

    /// The seed publication twice over: every name recurs on a card of another id.
    static var doubled: SourceDocument {
        let text = try! String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)
        return Fixture.document(text + "\n" + text, name: "doubled.txt")
    }

    @Test func theRealPublicationTwice() throws {
        try Self.compare(Self.doubled)
    }

    @Test func aScopedAliasOnTheRealPublicationTwice() throws {
        let target = try #require(ScopedAliasTests.bergenCards.first)
        let other = target.code == "GM0893" ? "GM0373" : "GM0893"
        let (reference, _) = try ScopedAliasTests.reference(ScopedAliasTests.header + "Bergen,\(other),scoped,\(target.id)\nEde,GM0232,scoped,\(target.id)\n")
        try Self.compare(Self.doubled, reference: reference)
    }

    @Test func hostileListsRepeatingNamesAcrossCards() throws {
        let lists: [[String]] = [
            ["- Bergen", "- Alkmaar", "- Bergen", "- Heiloo", "- Onbekendstad", "- Onbekendstad"],
            ["- Groningen", "- Friesland", "- Drenthe", "- Groningen"],
            ["- Groningen", "- Veendam", "- Denthe", "- Veendaal", "- Veendaal"],
            ["- Denthe", "- Friesland", "- Utrecht", "- Friesland"],
            ["- Bergen", "- Gennep", "- Venray", "- Ede", "- Epe", "- Velp"],
            ["- Hardinxveld-Giessen-", "dam", "- Hardinxveld-Giessendam", "- Velp", "- Arnhem"],
            ["- Utrecht"],
            ["- Bergen", "- Onbekendstad", "- Ede  ", "- Ede", "- Groningen"],
            // One municipality by one rule under two spellings on two cards: two links.
            ["- EDE", "- Arnhem"],
            ["- ede", "- Arnhem", "- EDE"],
        ]
        var text = ""
        for round in 0..<3 {
            for (n, list) in lists.enumerated() {
                text += Fixture.card(name: "Regio \(n) ronde \(round) (vo)", area: round == 1 ? list.reversed() : list)
            }
        }
        try Self.compare(Fixture.document(text))
    }

    /// The same printed names on several cards, with tags of every kind (several per name, unknown
    /// codes, qualifiers, odd spacing and case, non-ASCII, brackets that are no tag): each split
    /// once per run, reported on every card as when split card by card.
    @Test func hostileTaggedNamesRepeatingAcrossCards() throws {
        let names = [
            "Regio Noord (po/go)", "Regio Noord (po/go)", "Regio  Noord (PO/go)", "Regio Noord (po) (vo/mbo)",
            "Regio Zuid (christelijk po)", "Regio Zuid (po, vo, mbo)", "Regio Zuid (vo /mbo)", "Regio Zuid (ZOR)",
            "Onderwijsregio LOA (Lingewaard, Overbetuwe en Arnhem)", "Regio Zuid (x/y/po)", "Rëgio Fryslân (vo)",
            "Regio Fryslân (vo)", "Regio (vo) Midden", "Regio Midden (vo", "Regio Midden vo)", "Regio Noord (po/go)",
        ]
        var text = ""
        for round in 0..<3 {
            for name in round == 1 ? names.reversed() : names {
                text += Fixture.card(name: "\(name) \(round)", area: ["- Bergen", "- Heiloo"])
            }
        }
        let document = Fixture.document(text)
        try Self.compare(document)
        let dataset = try BuildJob.dataset(from: document, context: StepContext(reference: Fixture.reference))
        #expect(dataset.issues.filter { $0.code == IssueCode.nameSectorTag.rawValue }.count > 20)
        #expect(dataset.issues.contains { $0.code == IssueCode.nameUnknownSectorTag.rawValue })
    }
}
