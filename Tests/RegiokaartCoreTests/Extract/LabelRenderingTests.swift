import Foundation
import Testing
@testable import RegiokaartCore

/// Figure labels read by their meaning, not by the words "Aantal" / "Aangesloten" and their exact
/// spelling: the real publication rendered with its labels reworded, misspelt or broken
/// (`RenderingVariantTests.Kind`'s label kinds), alone and under each layout, gives the same
/// dataset, with exactly the expected findings on each card, at the label's line.
@Suite struct LabelRenderingTests {
    typealias Variants = RenderingVariantTests

    static let labelKinds: [Variants.Kind] = [.labelsWithoutOpener, .openerLineDropped, .openerMisspelt, .keywordMisspelt, .labelWordSplit]
    static let layouts: [Variants.Kind?] = [nil, .labelBeforeValue, .labelColonValue, .labelTabValue, .valueThenLabelOnOneLine, .widgetGlued,
                                            .mixedLayouts]
    /// The codes of the label readings.
    static let labelCodes: Set<String> = [IssueCode.cardLabelReworded.rawValue, IssueCode.cardLabelMisspelt.rawValue,
                                          IssueCode.cardLabelAmbiguous.rawValue]

    /// Each label kind under each layout it combines with (and with the blank lines removed):
    /// the same dataset, no error, and per card exactly the kind's findings, each on a line of the
    /// variant that holds the label's first word.
    @Test(arguments: labelKinds, layouts)
    func aLabelReadByItsMeaningIsReportedOnItsCardAndLine(kind: Variants.Kind, layout: Variants.Kind?) throws {
        if let layout, !kind.combines(withLayout: layout) { return }
        for extra in [[], [Variants.Kind.blankLinesRemoved]] {
            let kinds = [kind] + (layout.map { [$0] } ?? []) + extra
            try Variants.expectSameDataset(kinds, seed: 11)
            let (text, _) = Variants.render(kinds, seed: 11)
            let variant = try Variants.read(text)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let findings = variant.issues.filter { Self.labelCodes.contains($0.code) }
            #expect(Set(findings.map(\.code)) == Set(kind.expectedCodes.map(\.rawValue)), "\(kinds)")
            for region in Variants.real.regions {
                let own = findings.filter { $0.regionID == region.id }
                #expect(own.count == kind.reportedLabelsPerCard, "\(kinds) \(region.id): \(own.map(\.message))")
            }
            for finding in findings {
                let line = try #require(finding.location?.line)
                let first = try #require(finding.rawValue?.split(separator: " ").first)
                #expect(line >= 1 && line <= lines.count && lines[line - 1].contains(first), "\(kinds): \(finding.message) at \(line)")
            }
        }
    }

    /// All five labels without their opener, each on one line, value first (the probe's
    /// rendering): before, every card was named after its pupils value or the run held no card.
    @Test func fiveBareLabelsOnALineEachReadAsTheOriginal() throws {
        let text = Variants.variants.render(figure: { _, slot, value, _ in
            [value, "", ["Leerlingen/studenten", "Schoolbesturen (po)", "Schoolbesturen (vo)", "Mbo-instellingen", "Lerarenopleidingen"][slot], ""]
        })
        let variant = try Variants.read(text)
        #expect(variant.issues.filter { $0.severity == .error }.isEmpty)
        #expect(variant.json.regions.map(\.id) == Variants.real.regions.map(\.id))
        #expect(variant.json.regions.map(\.figures) == Variants.real.regions.map(\.figures))
        #expect(variant.issues.filter { $0.code == IssueCode.cardLabelReworded.rawValue }.count == 5 * Variants.real.regions.count)
    }

    /// A dash where a value was ("-", "–", "—"), in any slot and layout: one precise error on the
    /// dash's line for that figure (`card.figure_not_a_number`, saying it is a dash); the card's
    /// other four figures are read. Before: the block ended at the dash, three figures were lost
    /// and thirteen lines skipped.
    @Test(arguments: [nil, Variants.Kind.labelBeforeValue, .labelColonValue, .labelTabValue, .valueThenLabelOnOneLine, .widgetGlued])
    func aDashForAValueIsOnePreciseError(layout: Variants.Kind?) throws {
        for seed in UInt64(1)...10 {
            let (text, damagedCard) = Variants.render(layout.map { [$0] } ?? [], damage: .valueDash, seed: seed)
            let card = try #require(damagedCard)
            let variant = try Variants.read(text)
            let errors = variant.issues.filter { $0.severity == .error }
            let real = Variants.real.regions[card]
            #expect(variant.json.regions.map(\.id) == Variants.real.regions.map(\.id), "\(layout?.rawValue ?? "-") \(seed)")
            #expect(errors.count == 1 && errors.first?.code == IssueCode.cardFigureNotANumber.rawValue, "\(layout?.rawValue ?? "-") \(seed): \(errors.map(\.message))")
            let error = try #require(errors.first)
            #expect(error.regionID == real.id)
            #expect(error.message.contains("dash"), "\(error.message)")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = try #require(error.location?.line)
            #expect(["-", "\u{2013}", "\u{2014}"].contains { lines[line - 1].contains($0) }, "\(lines[line - 1])")
            let figure = try #require(FigureKind.allCases.first { "figures.\($0.rawValue)" == error.field })
            for kind in FigureKind.allCases {
                #expect(variant.json.regions[card].figures[kind] == (kind == figure ? nil : real.figures[kind]), "\(kind) \(seed)")
            }
            for (a, b) in zip(variant.json.regions, Variants.real.regions) where a.id != real.id { #expect(a.figures == b.figures) }
        }
    }

    /// Story paragraphs that start like a label ("Leerlingen krijgen …", "Leerlingen/studenten uit
    /// de regio werken samen.") after a card's figures are never labels, nor is a lone label word
    /// after a label (no value beside it): no figure changes, no label finding; the lines are
    /// skipped as any other line between figures and area.
    @Test(arguments: ["Leerlingen krijgen les in de regio", "Studenten", "Leerlingen/studenten uit de regio werken samen.",
                      "Schoolbesturen (po) en (vo) werken samen aan de lerarenopleiding"])
    func runningTextIsNeverALabel(paragraph: String) throws {
        let text = Variants.variants.render(figure: { _, slot, value, labels in
            PublicationVariants.original(value, labels) + (slot == 4 ? [paragraph, ""] : [])
        })
        let variant = try Variants.read(text)
        #expect(variant.json.regions.map(\.id) == Variants.real.regions.map(\.id))
        #expect(variant.json.regions.map(\.figures) == Variants.real.regions.map(\.figures))
        #expect(variant.issues.filter { Self.labelCodes.contains($0.code) }.isEmpty, "\(paragraph)")
        #expect(variant.issues.filter { $0.severity == .error }.isEmpty, "\(paragraph)")
    }

    /// A label equally near two figures ("Leerlingen/opleiders": the keywords of two) is a
    /// reported doubt on its line, never a guess; the card keeps its name (before, the unread
    /// label became the card's name) and its other figures.
    @Test func anAmbiguousLabelIsADoubtNotAGuess() throws {
        let text = Variants.variants.render(figure: { card, slot, value, labels in
            PublicationVariants.original(value, card == 3 && slot == 0 ? ["Leerlingen/opleiders"] : labels)
        })
        let variant = try Variants.read(text)
        let real = Variants.real.regions[3]
        #expect(variant.json.regions.map(\.id) == Variants.real.regions.map(\.id))
        let errors = variant.issues.filter { $0.severity == .error }
        #expect(Set(errors.map(\.code)) == [IssueCode.cardLabelAmbiguous.rawValue, IssueCode.cardFigureMissing.rawValue])
        #expect(errors.allSatisfy { $0.regionID == real.id })
        let ambiguous = try #require(errors.first { $0.code == IssueCode.cardLabelAmbiguous.rawValue })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[try #require(ambiguous.location?.line) - 1] == "Leerlingen/opleiders")
        var expected = real.figures
        expected[.students] = nil
        #expect(variant.json.regions[3].figures == expected)
    }

    /// The safety net: a value standing above the lines a card's figures are read from (here a
    /// fourth number above the pupils label, past the three lone values a figure block takes in) is
    /// never the card's name ("70.780"); the card is reported as having no name, at the number's line.
    @Test func aNumberIsNeverACardsName() throws {
        let first = "Onderwijsregio Achterhoek\n\n10.000\n\nAantal leerlingen/studenten\n\n5\n\nAantal aangesloten schoolbesturen (po)\n\n"
            + "[TERUG NAAR PO KAART >](#)\n\n"
        let text = first + "70.780\n\n1\n\n2\n\n3\n\nAantal leerlingen/studenten\n\n53\n\nAantal aangesloten schoolbesturen (po)\n\n"
            + "Verzorgingsgebied\n\n- Aalten\n\n[TERUG NAAR PO KAART >](#)\n"
        let publication = PublicationExtractor().extract(Fixture.document(text))
        #expect(publication.regions.count == 2)
        #expect(!publication.regions.contains { $0.nameAsPublished.contains("70.780") }, "\(publication.regions.map(\.nameAsPublished))")
        let named = publication.issues.issues().filter { $0.code == IssueCode.cardTruncated.rawValue && $0.field == "name" }
        #expect(named.count == 1)
        #expect(named.first?.location?.line == first.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(named.first?.rawValue == "70.780")
    }
}
