import Foundation
import Testing
@testable import RegiokaartCore

/// The extractor reads a document in two halves on two cores (`PublicationExtractor.findAnchors`):
/// what it finds must be exactly what one pass finds, on the real publication, on its rendering
/// variants and damage, and on the document cut anywhere.
@Suite struct TwoCoreExtractionTests {
    static let text = RenderingVariantTests.publicationText

    static func document(_ text: String) throws -> SourceDocument {
        try TextDocumentReader.read(Array(text.utf8), name: "two-cores.txt")
    }

    /// The regions and findings of one pass and of two halves are the same, value for value.
    static func expectSameExtraction(_ text: String, _ comment: Comment) throws {
        let document = try document(text)
        let one = PublicationExtractor(parallel: false).extract(document)
        let two = PublicationExtractor(parallel: true).extract(document)
        #expect(one.regions.count == two.regions.count, comment)
        #expect(String(describing: one.regions) == String(describing: two.regions), comment)
        #expect(one.issues.issues() == two.issues.issues(), comment)
        #expect(one.countClaims.map(\.value) == two.countClaims.map(\.value), comment)
    }

    @Test func theRealPublicationSplitsAfterClosingLinks() throws {
        let lines = CardLines(try Self.document(Self.text)) { _, _ in false }
        let split = try #require(PublicationExtractor().splitLine(lines))
        #expect(CardMarkers.isTerminator(lines.text(split - 1)))
        #expect(split >= lines.count / 2)
        try Self.expectSameExtraction(Self.text, "real publication")
    }

    @Test(arguments: RenderingVariantTests.Kind.allCases)
    func eachRenderingVariant(kind: RenderingVariantTests.Kind) throws {
        try Self.expectSameExtraction(RenderingVariantTests.render([kind], seed: 7).text, "\(kind)")
    }

    @Test(arguments: RenderingVariantTests.Damage.allCases)
    func damagedCards(damage: RenderingVariantTests.Damage) throws {
        for seed in 1...4 as ClosedRange<UInt64> {
            try Self.expectSameExtraction(RenderingVariantTests.damagedText(damage, seed: seed), "\(damage) \(seed)")
        }
    }

    /// Cut anywhere, the document splits elsewhere (or not at all), and cards run into the cut.
    @Test func theDocumentCutAnywhere() throws {
        let lines = Self.text.split(separator: "\n", omittingEmptySubsequences: false)
        for end in stride(from: 40, to: lines.count, by: 97) {
            try Self.expectSameExtraction(lines[..<end].joined(separator: "\n"), "cut at line \(end)")
        }
    }

    /// Reading the lines from any line on, after what was found before it, continues one pass
    /// exactly: the path taken when the first half's last figure block reaches the split. Split
    /// every 211 lines of the real publication and a layout variant, and at each line around the
    /// figures of a damaged card and its neighbours (where a block ends early and labels follow it).
    @Test func readingOnAfterAnyLineContinuesOnePass() throws {
        let extractor = PublicationExtractor(parallel: false)
        var cases: [(text: String, card: Int?)] = [(Self.text, nil),
                                                   (RenderingVariantTests.render([.labelBeforeValue, .blankLinesRemoved], seed: 3).text, nil)]
        for damage in RenderingVariantTests.Damage.allCases {
            let (text, card) = RenderingVariantTests.render([], damage: damage, seed: 5)
            cases.append((text, try #require(card)))
        }
        for (text, card) in cases {
            let lines = CardLines(try Self.document(text)) { _, _ in false }
            let whole = extractor.findAnchors(lines, in: 0..<lines.count)
            let splits: [Int]
            if let card {
                splits = whole.anchors[max(0, card - 1)...min(whole.anchors.count - 1, card + 1)]
                    .flatMap { ($0.blockStart - 1)...($0.block.end + 6) }
            } else {
                splits = Array(stride(from: 1, to: lines.count, by: 211))
            }
            for split in splits where split > 0 && split < lines.count {
                let first = extractor.findAnchors(lines, in: 0..<split)
                let second = extractor.findAnchors(lines, in: split..<lines.count, after: first)
                #expect(first.anchors.count + second.anchors.count == whole.anchors.count, "split \(split)")
                #expect(String(describing: first.anchors + second.anchors) == String(describing: whole.anchors), "split \(split)")
                #expect(second.blockEnd == whole.blockEnd, "split \(split)")
            }
        }
    }
}
