import Foundation
import Testing
@testable import RegiokaartCore

/// Invisible characters (`InvisibleCharacters`) anywhere in a text publication, the way the HTML
/// page's are tested (`HTMLRenderingVariantTests`): in figure values and labels, area headings, card
/// names, list items and every other line, at any place (a line's start and end too). The text
/// reader leaves them out of each line's text and keeps its printing (`SourceLines.printings`): the
/// dataset is the original rendering's, a name holding one is reported as before
/// (`name.invisible_characters`), and every other such line (a list item's too when the character
/// stands in its bullet) once, at its line, as printed and as read (`line.invisible_characters`). A value with one inside its digits is read as it looks.
@Suite struct TextInvisibleCharacterTests {
    static let variants = RenderingVariantTests.variants

    @Test(arguments: 1...4)
    func invisibleCharactersAnywhereAreLeftOutAndEachLineReported(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed) &* 15_485_863)
        let names = Set(Self.variants.cards.flatMap(\.name))
        var injected: [Int: String] = [:]  // by index of the original line, the printed line
        func inject(_ text: String, at index: Int) -> String {
            guard !text.isEmpty else { return text }
            let printed = HTMLRenderingVariantTests.inject(text, &rng)
            injected[index] = printed
            return printed
        }
        let text = Self.variants.render(figure: { _, _, value, labels in
            [value, ""] + labels
        }, line: { index, line in
            // A name the column broke over lines keeps its halves bare (as in the other variants).
            if Self.variants.continuations.contains(index + 1) || Self.variants.continuations.contains(index) { return [line] }
            return [Int.random(in: 0..<3, using: &rng) == 0 ? inject(line, at: index) : line]
        })
        // The figure lines: the render closure above sees them as values and labels; inject there too.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == Self.variants.lines.count)
        for card in Self.variants.cards {
            for figure in card.figures where Bool.random(using: &rng) {
                let target = Bool.random(using: &rng) ? figure.value : figure.labels.randomElement(using: &rng)!
                lines[target] = inject(lines[target], at: target)
            }
        }
        let variant = try RenderingVariantTests.read(lines.joined(separator: "\n"))
        #expect(injected.count > 300)
        #expect(variant.issues.filter { $0.severity == .error }.isEmpty, "seed \(seed)")
        #expect(variant.json.regions.map(\.id) == RenderingVariantTests.real.regions.map(\.id))
        for (a, b) in zip(variant.json.regions, RenderingVariantTests.real.regions) {
            let (ca, cb) = (RenderingVariantTests.comparable(a, [.invisibleCharactersInNames]),
                            RenderingVariantTests.comparable(b, [.invisibleCharactersInNames]))
            #expect(ca == cb, "seed \(seed): \(b.id): \(RenderingVariantTests.difference(ca, cb))")
        }
        // Every line that is no name and no list item: reported once, at its line, as printed and as read.
        let found = variant.issues.filter { $0.code == IssueCode.lineInvisibleCharacters.rawValue }
        var expected = 0
        /// Whether the item line `printed` holds its character in its bullet ("-\u{200B} Texel"), not in its name.
        func inBullet(_ printed: String) -> Bool {
            let scalars = Array(printed.unicodeScalars)
            return scalars.firstIndex(where: InvisibleCharacters.isInvisible)! < 2
        }
        for (index, printed) in injected where !names.contains(index) && (!Self.variants.areaItems.contains(index) || inBullet(printed)) {
            expected += 1
            let atLine = found.filter { $0.location?.line == index + 1 }
            let trimmed = Self.variants.lines[index].trimmingCharacters(in: .whitespaces)
            #expect(atLine.count == 1 && atLine.first?.resultValue == trimmed
                        && atLine.first?.rawValue == InvisibleCharacters.shown(printed.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))),
                    "seed \(seed): line \(index + 1) \(InvisibleCharacters.shown(printed)): \(atLine.map { "\($0.rawValue ?? "") → \($0.resultValue ?? "")" })")
        }
        #expect(found.count == expected, "seed \(seed): \(found.count) line findings, \(expected) lines")
        // Each list item holding one is reported as a name, at its line.
        let nameFindings = variant.issues.filter { $0.code == IssueCode.nameInvisibleCharacters.rawValue }
        for (index, printed) in injected where Self.variants.areaItems.contains(index) && !inBullet(printed) {
            #expect(nameFindings.contains { $0.location?.line == index + 1 && $0.rawValue == InvisibleCharacters.shown(String(String.UnicodeScalarView(printed.unicodeScalars.dropFirst(2)))) },
                    "seed \(seed): item line \(index + 1) \(InvisibleCharacters.shown(printed)) found \(nameFindings.filter { $0.location?.line == index + 1 }.map { $0.rawValue ?? "" }) \(variant.issues.filter { $0.location?.line == index + 1 }.map(\.code))")
        }
    }

    /// The probe's damages, one at a time: a zero-width space inside every area heading (before: 46
    /// `area.no_heading` warnings), inside a value's digits (read as it looks), at a label's end.
    @Test(arguments: [("Verzorgingsgebied", "Verzorgings\u{200B}gebied"), ("70.780", "70\u{200B}.780"), ("leerlingen/", "leerlingen/\u{2060}"),
                      ("Aantal", "\u{FEFF}Aantal"), ("studenten", "stu\u{00AD}denten")])
    func aProbesDamageReadsAsTheOriginalAndIsReported(original: String, damaged: String) throws {
        let text = RenderingVariantTests.publicationText.replacingOccurrences(of: original, with: damaged)
        let variant = try RenderingVariantTests.read(text)
        let before = try RenderingVariantTests.read(RenderingVariantTests.publicationText).issues.filter { $0.severity != .info }.map(\.code).sorted()
        #expect(variant.issues.filter { $0.severity != .info }.map(\.code).sorted() == before)
        for (a, b) in zip(variant.json.regions, RenderingVariantTests.real.regions) {
            #expect(HTMLPublicationTests.withoutPositions(a) == HTMLPublicationTests.withoutPositions(b), "\(b.id)")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let damagedLines = lines.indices.filter { lines[$0].contains(damaged) }
        let found = variant.issues.filter { $0.code == IssueCode.lineInvisibleCharacters.rawValue }
        #expect(found.map { $0.location!.line } == damagedLines.map { $0 + 1 })
        #expect(found.allSatisfy { $0.rawValue?.contains("<U+") == true && $0.severity == .info })
    }
}
