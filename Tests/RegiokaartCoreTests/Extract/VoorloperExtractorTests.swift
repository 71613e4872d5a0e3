import Testing
@testable import RegiokaartCore

/// The voorlopers article reader on hostile articles.
@Suite struct VoorloperExtractorTests {
    static func article(_ text: String) throws -> VoorloperArticle {
        VoorloperExtractor().extract(try TextDocumentReader.read(Array(text.utf8), name: "news.txt"))
    }

    static func dataset(article text: String) throws -> Dataset {
        var dataset = Dataset(ExtractedPublication(source: "p.txt", regions: [], countClaims: [], issues: IssueLog()),
                              article: try article(text))
        CheckVoorloperCount().apply(to: &dataset, context: RegionResolverTests.context)
        return dataset
    }

    @Test func readsHeadingsBulletsAndTags() throws {
        let read = try Self.article("Er gaan 2 definitieve voorlopers aan de slag.\n\nNoord-Nederland:\n\n • Zeeland (po, vo, mbo)\n- Scope (christelijk po)\n")
        #expect(read.voorlopers.map(\.mention.name) == ["Zeeland", "Scope"])
        #expect(read.voorlopers.map(\.mention.landsdeel) == ["Noord-Nederland", "Noord-Nederland"])
        #expect(read.voorlopers.map(\.mention.location.line) == [5, 6])
        #expect(read.countClaims.map(\.value) == [2])
        #expect(read.issues.issues().map(\.code) == ["voorloper.tag_spelling"])
    }

    @Test func aCountThatContradictsTheListIsAnError() throws {
        let dataset = try Self.dataset(article: "27 voorlopers definitief van start!\n\nLandelijk:\n • PLG+ (christelijk po)\n")
        let errors = dataset.issues.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["voorloper.count_mismatch"])
        #expect(errors.first?.rawValue == "27")
        #expect(errors.first?.resultValue == "1")
        #expect(errors.first?.location?.line == 1)
    }

    @Test func noCountClaimAndBulletsBeforeAnyHeadingAreReported() throws {
        let dataset = try Self.dataset(article: " • Zeeland (po)\n")
        let codes = dataset.issues.map(\.code)
        #expect(codes.contains("voorloper.outside_section"))
        #expect(codes.contains("voorloper.no_count_claim"))
        #expect(dataset.mentions.voorlopers.first?.mention.landsdeel == nil)
    }

    @Test func anAbsentDefaultArticleIsAWarning() {
        var dataset = Dataset(ExtractedPublication(source: "p.txt", regions: [], countClaims: [], issues: IssueLog()))
        CheckVoorloperCount(missingPath: "Input/none.txt").apply(to: &dataset, context: RegionResolverTests.context)
        #expect(dataset.issues.map(\.code) == ["voorloper.article_missing"])
        #expect(dataset.issues.first?.severity == .warning)
        #expect(dataset.mentions.voorlopers.isEmpty)
    }

    @Test func sectorTagSpellings() {
        for (inner, canonical) in [("vo /mbo", "(vo/mbo)"), ("vo/ mbo", "(vo/mbo)"), ("po, vo, mbo", "(po/vo/mbo)"),
                                   ("christelijk po", "(christelijk po)"), ("PO", "(po)")] {
            let tag = SectorTag.parse(inner: inner)
            #expect(tag?.canonicalText == canonical, "\(inner)")
        }
        #expect(SectorTag.parse(inner: "vo/mbo")?.hasCanonicalSpelling == true)
        #expect(SectorTag.parse(inner: "PO")?.hasCanonicalSpelling == true)
        #expect(SectorTag.parse(inner: "vo /mbo")?.hasCanonicalSpelling == false)
    }
}
