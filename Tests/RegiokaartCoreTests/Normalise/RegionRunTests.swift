import Foundation
import Testing
@testable import RegiokaartCore

/// The pipelines with their runs of region steps split over the two cores (`RegionRun`) make exactly
/// the dataset and the log of one pass: same regions, same findings in the same order, each about the
/// same region index.
@Suite struct RegionRunTests {
    /// The findings with each one's region index as its region id ("#12"): a finding merged with the
    /// wrong offset names another region even where two regions share an id.
    static func findings(_ dataset: Dataset) -> [RegiokaartCore.Issue] {
        dataset.log.issues(regionIDs: dataset.regions.indices.map { "#\($0)" })
    }

    /// Requires `a` and `b` to be the same dataset: regions field by field, findings, coverage.
    static func requireSame(_ a: Dataset, _ b: Dataset) {
        #expect(findings(a) == findings(b))
        #expect(a.issues == b.issues)
        #expect(a.regions.count == b.regions.count)
        for (x, y) in zip(a.regions, b.regions) {
            #expect(x.id == y.id)
            #expect(x.name == y.name && x.nameAsPublished == y.nameAsPublished, "\(x.id)")
            #expect(x.sectorTag == y.sectorTag && x.taggedSectors == y.taggedSectors && x.sectors == y.sectors, "\(x.id)")
            #expect(x.scope == y.scope && x.figures == y.figures, "\(x.id)")
            #expect(x.area == y.area, "\(x.id)")
            #expect(x.municipalities == y.municipalities, "\(x.id)")
            #expect(x.provinces == y.provinces, "\(x.id)")
            #expect(x.stories == y.stories && x.nameLines == y.nameLines && x.source == y.source, "\(x.id)")
            #expect(x.voorloper == y.voorloper && x.aliases == y.aliases, "\(x.id)")
        }
        #expect(a.coverage?.municipalities.map(\.code) == b.coverage?.municipalities.map(\.code))
        #expect(a.mentions.voorlopers == b.mentions.voorlopers)
        #expect(a.mentions.cases == b.mentions.cases)
    }

    /// `Pipeline.standard` split from two regions on, against its one pass, on the cards of `document`.
    @discardableResult
    static func compare(_ document: SourceDocument, reference: ReferenceData = Fixture.reference) throws -> Dataset {
        let context = StepContext(reference: reference)
        let split = try BuildJob.dataset(from: document, context: context, pipeline: Pipeline.standard.splitting(from: 2))
        let onePass = try BuildJob.dataset(from: document, context: context, pipeline: Pipeline.standard.splitting(from: .max))
        requireSame(split, onePass)
        return split
    }

    /// The build's way to a dataset (`BuildJob.datasetWithMentions`: cards, theme pages, the
    /// voorlopers article, the standard and the mentions pipeline), every step that can use both
    /// cores doing so from `splitFrom` regions on.
    static func withMentions(_ text: String, splitFrom: Int, reference: ReferenceData = Fixture.reference) throws -> Dataset {
        let document = Fixture.document(text, name: "publication.txt")
        let article = try DocumentReader.read(path: Fixture.path(BuildConfiguration.defaultVoorlopers))
        let aliases = try RegionAliasTable.load(path: Fixture.path(BuildConfiguration.defaultRegionAliases), optional: true)
        let publication = try BuildJob.cards(of: document)
        let firstCard = publication.regions.map(\.source.line).min() ?? Int.max
        var dataset = Dataset(publication, article: VoorloperExtractor().extract(article),
                              themePages: ThemePageExtractor().extract(document, before: firstCard))
        let context = StepContext(reference: reference)
        Pipeline.standard.splitting(from: splitFrom).apply(to: &dataset, context: context)
        Pipeline.mentions(articlePath: "", aliases: aliases).splitting(from: splitFrom).apply(to: &dataset, context: context)
        return dataset
    }

    /// The voorlopers and theme cases resolved on both cores (the region index built on two, the
    /// mentions spread over them), the overlaps checked in two halves: the same as one pass, on
    /// the real publication, twice and three times over.
    @Test func mentionsOnTheRealPublicationRepeated() throws {
        let text = try String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)
        for copies in [1, 2, 3] {
            let repeated = Array(repeating: text, count: copies).joined(separator: "\n")
            let split = try Self.withMentions(repeated, splitFrom: 2)
            Self.requireSame(split, try Self.withMentions(repeated, splitFrom: .max))
            #expect(!split.issues(.mentionCertain).isEmpty)
            if copies == 1 { #expect(split.regions.contains { $0.voorloper != nil }) }
        }
    }

    @Test func theRealPublication() throws {
        try Self.compare(Fixture.publication)
    }

    @Test func theRealPublicationTwice() throws {
        try Self.compare(RunTableTests.doubled)
    }

    @Test func scopedAliasRowsOnTheRealPublicationTwice() throws {
        let target = try #require(ScopedAliasTests.bergenCards.first)
        let other = target.code == "GM0893" ? "GM0373" : "GM0893"
        let (reference, _) = try ScopedAliasTests.reference(ScopedAliasTests.header
            + "Bergen,\(other),scoped,\(target.id)\nEde,GM0232,scoped,\(target.id)\nBergen,GM0893,scoped,geen-regio\n")
        let split = try Self.compare(RunTableTests.doubled, reference: reference)
        #expect(!split.issues(.municipalityAliasUnused).isEmpty)
        #expect(!split.issues(.municipalityAliasUnknownRegion).isEmpty)
    }

    /// Cards made to give findings in every step of the standard pipeline, repeated with their
    /// lists turned around, in odd numbers so the halves differ in size.
    static var hostile: String {
        let cards: [(name: String, figures: [String], area: [String]?)] = [
            ("Onderwijsregio LOA #\n\n(Lingewaard, Overbetuwe en Arnhem #)", ["12.345", "3", "4", "0", "1"], ["- Arnhem", "- Lingewaard", "- Overbetuwe"]),
            ("Regio  Bergen   # (vo)", ["12.345", "3", "0", "0", "1"], ["- Bergen", "- Alkmaar", "- Bergen", "- Heiloo", "- Onbekendstad", "- Onbekendstad"]),
            ("Regio Noord # (po/go)", ["28.939", "0", "0", "0", "2"], ["- Groningen", "- Friesland", "- Drenthe", "- Groningen"]),
            ("Regio  Noord # (po/go)", ["28.939", "0", "0", "0", "2"], ["- Groningen", "- Veendam", "- Denthe", "- Veendaal", "- Veendaal"]),
            ("Regio Provincies #", ["12.345", "3", "4", "5", "1"], ["- Denthe", "- Friesland", "- Utrecht", "- Friesland"]),
            ("Regio Zuid #", ["12.345", "3", "4", "0", "1"], ["- Bergen", "- Gennep", "- Venray", "- Ede", "- Epe", "- Velp"]),
            ("Regio Rivieren #", ["12.345", "3", "4", "5", "1"], ["- Hardinxveld-Giessen-", "dam", "- Hardinxveld-Giessendam", "- Velp", "- Arnhem"]),
            ("Regio Utrecht #", ["12.345", "3", "4", "5", "1"], ["- Utrecht"]),
            ("Landelijke Regio #", ["12.345", "3", "4", "5", "1"], nil),
            ("Regio Ede #", ["12.345", "3", "4", "5", "1"], ["- Bergen", "- Onbekendstad", "- Ede\u{00A0}\u{00A0}Zuid", "- Ede", "- Groningen", "- Amsterdm"]),
        ]
        var text = ""
        for round in 0..<3 {
            for card in cards.prefix(round == 1 ? cards.count - 3 : cards.count) {
                text += Fixture.card(name: card.name.replacingOccurrences(of: " #", with: " \(round)"), figures: card.figures, area: round == 1 ? card.area?.reversed() : card.area)
            }
        }
        return text
    }

    @Test func hostileCardsWithFindingsInEveryStep() throws {
        let (reference, _) = try ScopedAliasTests.reference(ScopedAliasTests.header
            + "Bergen,GM0893,scoped,regio-zuid-0\nEde,GM0228,scoped,regio-ede-2\nVelp,GM0275,scoped,geen-regio\nVelp,GM0275,scoped,regio-ede-2\nUtrecht,GM0344,scoped,regio-utrecht-1\n")
        let split = try Self.compare(Fixture.document(Self.hostile), reference: reference)
        // Every step's code but `area.whitespace` (a card's list items reach it collapsed already).
        let codes: [IssueCode] = [
            .nameJoinedLines, .nameWhitespace, .nameSectorTag, .nameUnknownSectorTag, .sectorTagMismatch, .sectorNone,
            .regionIDDisambiguated, .regionNationalScope, .areaSplitNameJoined, .areaProvinceOrMunicipality,
            .areaProvinceFuzzyMatch, .municipalityAliasUnknownRegion, .municipalityAliasUnused, .municipalityUnmatched,
            .municipalityFuzzyMatch, .municipalityAmbiguous, .areaRepeated, .areaProvinceScope, .regionIdenticalFigures,
            .coverageOverlap, .coverageGap,
        ]
        let missing = codes.filter { split.issues($0).isEmpty }.map(\.rawValue)
        #expect(missing.isEmpty, "no finding: \(missing)")
    }

    @Test func everySizeFromOneRegion() throws {
        let cards = (0..<5).map { n in
            Fixture.card(name: "Regio \(n) (vo)", figures: ["1.000", "0", "\(n)", "0", "1"], area: ["- Bergen", "- Heiloo", "- Ede  ", "- Bergen"])
        }
        for count in 1...cards.count { try Self.compare(Fixture.document(cards.prefix(count).joined())) }
    }
}
