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

/// The rules of `VoorloperListReader` one by one, on small hostile articles.
@Suite struct VoorloperListRuleTests {
    static func read(_ text: String) throws -> VoorloperArticle { try VoorloperExtractorTests.article(text) }
    static func names(_ article: VoorloperArticle) -> [String] { article.voorlopers.map(\.mention.name) }
    static func codes(_ article: VoorloperArticle) -> [String] { article.issues.issues().map(\.code) }

    @Test func aContinuationAfterABlankLineIsNotJoined() throws {
        let read = try Self.read("Oost-Nederland:\n • Rijk van Nijmegen en\n\n   Achterhoek (po)\n")
        #expect(Self.names(read) == ["Rijk van Nijmegen en"])
        #expect(Self.codes(read) == ["voorloper.unfinished_item", "voorloper.skipped_line"])
    }

    @Test func joinsAfterAnOpenTagAHyphenAndBeforeATag() throws {
        let read = try Self.read("Zuid-Nederland:\n • Brabant-\n   Midden (po/\n vo)\n • Zeeland\n (po/vo/mbo)\n • Rotterdam\n – po\n")
        #expect(Self.names(read) == ["Brabant-Midden", "Zeeland", "Rotterdam"])
        #expect(read.voorlopers.map { $0.mention.tag?.canonicalText } == ["(po/vo)", "(po/vo/mbo)", "(po)"])
        #expect(Self.codes(read).filter { $0 == "voorloper.joined_lines" }.count == 4)
        #expect(read.issues.issues().first?.resultValue == "Brabant-Midden (po/")
    }

    @Test func tagShapes() throws {
        let read = try Self.read("Landelijk:\n • Rotterdam – po\n • Rijnmond - vo/mbo\n • Zeeland [po/vo]\n • Almere (po-vo-mbo)\n • Utrecht (PO, VO)\n • Scope (christelijk po)\n • Noord-Holland Noord (Alkmaar-Hoorn)\n • PLG+ - christelijk/po\n • Amsterdam (ROC-mbo)\n")
        #expect(Self.names(read) == ["Rotterdam", "Rijnmond", "Zeeland", "Almere", "Utrecht", "Scope", "Noord-Holland Noord (Alkmaar-Hoorn)", "PLG+",
                                   "Amsterdam (ROC-mbo)"])
        #expect(read.voorlopers.map { $0.mention.tag?.canonicalText } == ["(po)", "(vo/mbo)", "(po/vo)", "(po/vo/mbo)", "(po/vo)", "(christelijk po)", nil, "(christelijk po)", nil])
        #expect(read.issues.issues().filter { $0.code == "voorloper.tag_spelling" }.map(\.rawValue) == ["– po", "- vo/mbo", "[po/vo]", "(po-vo-mbo)", "(PO, VO)",
                                                                                                    "- christelijk/po"])
    }

    @Test func headingsByMeaning() throws {
        let read = try Self.read("""
            ## Noord-Nederland
            • Groningen (po)
            **Oost-Nederland**:
            • Twente (vo)
            Caribisch gebied
            • Bonaire (po)
            - Landelijk:
            - Scope (christelijk po)
            """)
        #expect(read.voorlopers.map(\.mention.landsdeel) == ["Noord-Nederland", "Oost-Nederland", "Caribisch gebied", "Landelijk"])
        #expect(read.voorlopers.map(\.mention.isNational) == [false, false, false, true])
        #expect(Self.codes(read).filter { $0 == "voorloper.heading_form" }.count == 4)
    }

    @Test func aLandsdeelNamedWithATagIsAVoorloper() throws {
        let read = try Self.read("Midden-Nederland\nMidden-Nederland (po/vo/mbo)\nUtrecht Stad (po/vo/mbo)\n")
        #expect(Self.names(read) == ["Midden-Nederland", "Utrecht Stad"])
        #expect(read.voorlopers.map(\.mention.landsdeel) == ["Midden-Nederland", "Midden-Nederland"])
        #expect(Self.codes(read) == ["voorloper.heading_form", "voorloper.unmarked_items"])
    }

    @Test func numberedItemsAndNoNumberedSentences() throws {
        let read = try Self.read("West-Nederland:\n1. Zeeland (po/vo/mbo)\n2) Rotterdam (po)\n6 juli 2023 besloten.\n2023. Dit is tekst.\n")
        #expect(Self.names(read) == ["Zeeland", "Rotterdam"])
    }

    @Test func navigationAndBareTagsAreNoVoorlopers() throws {
        let read = try Self.read("Landelijk:\n • PLG+ (christelijk po)\n • Lees ook: Het lerarentekort\n - Delen via LinkedIn\n • po\nDeel dit artikel\n")
        #expect(Self.names(read) == ["PLG+"])
        #expect(Self.codes(read) == Array(repeating: "voorloper.skipped_line", count: 4))
    }

    @Test func aDuplicateIsKeptOnceWithAWarning() throws {
        let read = try Self.read("West-Nederland:\n • Rotterdam (po)\n • Rotterdam (vo/mbo)\n • rotterdam (PO)\n")
        #expect(Self.names(read) == ["Rotterdam", "Rotterdam"])
        let duplicate = read.issues.issues().filter { $0.code == "voorloper.duplicate" }
        #expect(duplicate.count == 1)
        #expect(duplicate.first?.severity == .warning)
        #expect(duplicate.first?.location?.line == 4)
    }
}

extension VoorloperListRuleTests {
    /// What docs/robustness-articles.md lists as still wrong: reported, never silent.
    @Test func knownLimitsAreReported() throws {
        // A split after a complete-looking word in a bulleted list: the rest is a skipped line.
        let bulleted = try Self.read("Noord-Nederland:\n • Groningen Friesland\n   Drenthe (mbo)\n • Zeeland (po)\n")
        #expect(Self.names(bulleted) == ["Groningen Friesland", "Zeeland"])
        #expect(Self.codes(bulleted) == ["voorloper.skipped_line"])
        // A hyphenated number word is no count.
        #expect(VoorloperExtractor.countClaims(in: "zeven-en-twintig voorlopers", at: SourceLocation(file: "a", line: 1)).isEmpty)
    }
}

extension VoorloperListRuleTests {
    /// Seeded junk made of the characters the rules look at: the reader never traps, every voorloper
    /// has a name, and a skipped or joined line is always reported with its line.
    @Test func junkNeverTraps() throws {
        let pieces = ["•", "-", "–", "—", "*", "**", "#", "## ", "__", "[", "]", "(", ")", "(po", "vo)", "/", ",", "&", " en", " of",
                      "1.", "2)", " ", "  ", ":", "po", "vo/mbo", "Zeeland", "Noord-Nederland", "Landelijk", "Lees ook", "Delen via X",
                      "zevenentwintig voorlopers", "27 voorlopers", ">", "›", "é", "\u{A0}", "\t", "."]
        var rng = SeededGenerator(seed: 16)
        for _ in 0..<200 {
            let lines = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            }
            let read = try Self.read(lines.joined(separator: "\n"))
            #expect(read.voorlopers.allSatisfy { !$0.mention.name.isEmpty }, "\(lines)")
            #expect(read.issues.issues().allSatisfy { ($0.location?.line ?? 0) > 0 }, "\(lines)")
        }
    }
}
