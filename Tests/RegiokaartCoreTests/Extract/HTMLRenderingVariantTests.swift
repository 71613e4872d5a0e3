import Foundation
import Testing
@testable import RegiokaartCore

/// The real publication as an HTML page (`PublicationVariants.html`), rewritten by a seeded
/// generator the way a scraped page plausibly prints it. The invariant: the dataset equals the one
/// read from the plain page, and what the reading changes is reported.
@Suite struct HTMLRenderingVariantTests {
    static let variants = RenderingVariantTests.variants
    /// The invisible characters a scraped page may carry (`InvisibleCharacters`).
    static let invisibles: [Unicode.Scalar] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{FEFF}"]

    /// The page read by the build's reader and pipeline.
    static func read(_ page: String) throws -> Dataset {
        let document = try DocumentReader.read(Array(page.utf8), name: "variant.html")
        return try BuildJob.dataset(from: document, reference: Fixture.reference)
    }

    static let plain = try! read(variants.html().page)

    /// `text` with an invisible character inserted at a random place (at its start or end too).
    static func inject(_ text: String, _ rng: inout SeededGenerator) -> String {
        var scalars = Array(text.unicodeScalars)
        scalars.insert(invisibles.randomElement(using: &rng)!, at: Int.random(in: 0...scalars.count, using: &rng))
        return String(String.UnicodeScalarView(scalars))
    }

    /// The plain page reads as the text publication: the generator's page is a faithful rendering.
    @Test func thePlainPageReadsAsTheText() throws {
        let page = try HTMLPublicationTests.regionsJSON(Self.plain)
        #expect(page.regions.map(\.id) == HTMLPublicationTests.text.regions.map(\.id))
        #expect(page.regions.map(\.figures) == HTMLPublicationTests.text.regions.map(\.figures))
        #expect(page.regions.map { $0.municipalities.map(\.name) } == HTMLPublicationTests.text.regions.map { $0.municipalities.map(\.name) })
        #expect(Self.plain.issues(.nameInvisibleCharacters).isEmpty)
    }

    /// Invisible characters in the card names and listed names, in the figure labels and in the
    /// area and story headings, as characters or as character references: every name reads as on
    /// the plain page and every label and heading as one, and each name holding one is reported
    /// (`name.invisible_characters`) at its line, with the characters shown (`<U+200B>`) and the
    /// name without them. (Before, the HTML reader dropped them unreported.)
    @Test(arguments: 1...6)
    func invisibleCharactersInNamesLabelsAndHeadingsAreReported(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 104_729)
        var names: [Int: String] = [:]  // the injected name lines, by text line
        var items: [(index: Int, printed: String, name: String)] = []
        var labels = 0, headings = 0
        let continuations = Self.variants.continuations
        let (page, lineOf) = Self.variants.html(characterReferences: seed.isMultiple(of: 2)) { index, part, text in
            switch part {
            case .name where Bool.random(using: &rng):
                names[index] = Self.inject(text, &rng)
                return names[index]!
            // A name the column broke over lines keeps its halves bare (as in the text variants).
            case .item where Int.random(in: 0..<3, using: &rng) == 0 && !continuations.contains(index + 1):
                let printed = Self.inject(text, &rng)
                items.append((index, printed, text))
                return printed
            case .label where Bool.random(using: &rng):
                labels += 1
                return Self.inject(text, &rng)
            case .areaHeading where Bool.random(using: &rng), .storyHeading where Bool.random(using: &rng):
                headings += 1
                return Self.inject(text, &rng)
            default:
                return text
            }
        }
        #expect(!names.isEmpty && items.count > 100 && labels > 100 && headings > 10)
        let variant = try Self.read(page)
        #expect(variant.log.count(.error) == Self.plain.log.count(.error))
        #expect(variant.log.count(.warning) == Self.plain.log.count(.warning))
        // Every name, figure and list reads as on the plain page (the printing of a listed name keeps its characters).
        let read = try HTMLPublicationTests.regionsJSON(variant), plain = try HTMLPublicationTests.regionsJSON(Self.plain)
        #expect(read.regions.map(\.id) == plain.regions.map(\.id))
        for (a, b) in zip(read.regions, plain.regions) {
            let (ca, cb) = (RenderingVariantTests.comparable(a, [.invisibleCharactersInNames]), RenderingVariantTests.comparable(b, [.invisibleCharactersInNames]))
            #expect(ca == cb, "seed \(seed): \(b.id): \(RenderingVariantTests.difference(ca, cb))")
        }
        // Each name holding one is reported at its line, and nothing else is.
        let found = variant.issues(.nameInvisibleCharacters)
        for (c, card) in Self.variants.cards.enumerated() where card.name.contains(where: { names[$0] != nil }) {
            let region = Self.plain.regions[c]
            let printed = card.name.map { names[$0] ?? Self.variants.lines[$0] }.joined(separator: " ")
            #expect(found.contains { $0.regionID == region.id && $0.field == "name" && $0.location?.line == lineOf[card.name[0]]
                        && $0.rawValue == InvisibleCharacters.shown(printed) && $0.resultValue == region.nameAsPublished },
                    "seed \(seed): \(InvisibleCharacters.shown(printed)) not reported")
        }
        for item in items {
            #expect(found.contains { $0.field == "municipalities" && $0.location?.line == lineOf[item.index]
                        && $0.rawValue == InvisibleCharacters.shown(item.printed) && $0.resultValue == item.name },
                    "seed \(seed): \(InvisibleCharacters.shown(item.printed)) at line \(lineOf[item.index] ?? 0) not reported")
        }
        #expect(found.count == Set(Self.variants.cards.indices.filter { Self.variants.cards[$0].name.contains { names[$0] != nil } }).count + items.count,
                "seed \(seed): \(found.count) findings")
    }

    /// Kind words and province labels around the listed names of the page's `<li>`s ("Gemeente
    /// Aalten", "Aalten (Gld.)", both): the dataset reads as on the plain page, and each labelled
    /// item is reported (`municipality.label_removed`) once, at its line, and nothing else is new.
    @Test(arguments: 1...3)
    func labelsAroundListedNamesAreLeftOutAndReported(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 7_727)
        var items: [(index: Int, printed: String)] = []
        let continuations = Self.variants.continuations
        let (page, lineOf) = Self.variants.html { index, part, text in
            guard part == .item, !continuations.contains(index + 1), !text.hasSuffix("-"),
                  RenderingVariantTests.provinceOfListed[text] != nil, Bool.random(using: &rng) else { return text }
            var printed = text
            if Bool.random(using: &rng) {
                printed = RenderingVariantTests.kindWordForms.randomElement(using: &rng)!.replacingOccurrences(of: "%", with: printed)
            }
            if !printed.hasSuffix(")") || Bool.random(using: &rng) { printed = RenderingVariantTests.withProvince(printed, listed: text, &rng) }
            if printed != text { items.append((index, printed)) }
            return printed
        }
        #expect(items.count > 200)
        let variant = try Self.read(page)
        let read = try HTMLPublicationTests.regionsJSON(variant), plain = try HTMLPublicationTests.regionsJSON(Self.plain)
        #expect(read.regions.map(\.id) == plain.regions.map(\.id))
        let kinds: [RenderingVariantTests.Kind] = [.kindWordLabels, .provinceLabels]
        for (a, b) in zip(read.regions, plain.regions) {
            let (ca, cb) = (RenderingVariantTests.comparable(a, kinds), RenderingVariantTests.comparable(b, kinds))
            #expect(ca == cb, "seed \(seed): \(b.id): \(RenderingVariantTests.difference(ca, cb))")
        }
        let found = variant.issues(.municipalityLabelRemoved)
        for item in items {
            #expect(found.contains { $0.location?.line == lineOf[item.index] && $0.rawValue == item.printed },
                    "seed \(seed): \(item.printed) at line \(lineOf[item.index] ?? 0) not reported")
        }
        #expect(found.count == items.count, "seed \(seed)")
        RenderingVariantTests.expectSameFindingsButWhatLabelsSettle(variant.issues, Self.plain.issues, "seed \(seed)")
    }
}

/// A page of cards without closing links, ending in the page's own furniture.
extension HTMLRenderingVariantTests {
    /// The page's footer, a menu after the content, and the same as ARIA landmarks on plain `div`s.
    static let furniture = [
        "<footer><ul><li><a href=\"/privacy\">Privacy</a></li><li>© 2025</li></ul></footer>",
        "<nav><ul><li>Home</li><li>Contact</li></ul></nav><footer><p>Regionale samenwerking werkt</p><ul><li>Toegankelijkheid</li></ul></footer>",
        "<div role=\"contentinfo\"><ul><li>Privacy</li><li>Cookies</li></ul></div>",
        "<div class=\"menu\" role=\"Navigation\"><ul><li>Home</li></ul></div><div role=\"region contentinfo\"><ul><li>© 2025</li></ul></div>",
    ]

    /// The cards without their closing links ("TERUG NAAR PO KAART"), each in an `<article>` or not,
    /// the page ending after the last card in the page's furniture: each card ends at the next
    /// card's name, and the last one at the end of the content, so the dataset reads as on the
    /// plain page. A footer inside a card is the card's own and is read. The last card's missing
    /// closing links are no sign of a cut-off file when the card before it has none either.
    /// (Before, the last card took in the footer's list, `municipality.unmatched` for "Privacy",
    /// and was `card.truncated`: the page was refused.)
    @Test(arguments: furniture.indices)
    func thePagesFurnitureIsNoPartOfTheLastCard(variant: Int) throws {
        // The last line of the last card: its last figure line or list item (the text's theme pages follow).
        let cardLines = Self.variants.cards.flatMap { $0.figures.flatMap { [$0.value] + $0.labels } }
        let lastCardLine = try #require((cardLines + Self.variants.areaItems + Self.variants.continuations).max())
        var (page, _) = Self.variants.html { index, part, text in
            index > lastCardLine || Self.variants.terminators.contains(index) ? "" : text
        }
        if variant.isMultiple(of: 2) {
            // Each card an article, closed before the next card's name; the last with a footer of its own.
            let names = Self.variants.cards.map { Self.variants.lines[$0.name.first!] }
            for name in names {
                page = page.replacingOccurrences(of: "<h2>\(MarkupEscape.escape(name))</h2>", with: "</article><article><h2>\(MarkupEscape.escape(name))</h2>")
            }
            page = page.replacingOccurrences(of: "</main>", with: "<footer><p>Laatst bijgewerkt</p></footer></article></main>")
        }
        page = page.replacingOccurrences(of: "</main>", with: "</main>" + Self.furniture[variant])
        let read = try Self.read(page)
        let document = try HTMLPublicationTests.regionsJSON(read), plain = try HTMLPublicationTests.regionsJSON(Self.plain)
        #expect(document.regions.map(\.id) == plain.regions.map(\.id))
        #expect(document.regions.map(\.figures) == plain.regions.map(\.figures))
        #expect(document.regions.map { $0.municipalities.map(\.name) } == plain.regions.map { $0.municipalities.map(\.name) })
        #expect(read.issues(.municipalityUnmatched).isEmpty)
        #expect(read.issues(.cardTruncated).isEmpty)
    }
}
