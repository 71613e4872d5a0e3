import Foundation
import Testing
@testable import RegiokaartCore

/// The voorlopers article rewritten by a seeded generator (`ArticleVariants`) in the ways another
/// page or editor plausibly prints it, each kind alone, several combined, and as HTML. The invariant:
/// the voorlopers read (name, canonical tag, landsdeel, national or not, in order) and the counts the
/// article states equal those of the real article, and every decision on the way is a finding.
@Suite struct ArticleRenderingVariantTests {
    static let text = try! String(contentsOfFile: Fixture.path(BuildConfiguration.defaultVoorlopers), encoding: .utf8)
    static let variants = ArticleVariants(text: text)
    static let original = try! read(text)

    /// What a voorloper is, apart from where and how it is printed.
    struct Key: Equatable, CustomStringConvertible {
        var name: String
        var tag: String?
        var landsdeel: String?
        var isNational: Bool
        var description: String { "\(landsdeel ?? "-") / \(name) \(tag ?? "")" }
    }

    static func read(_ text: String, name: String = "variant.txt") throws -> VoorloperArticle {
        VoorloperExtractor().extract(try DocumentReader.read(Array(text.utf8), name: name))
    }

    static func keys(_ article: VoorloperArticle) -> [Key] {
        article.voorlopers.map {
            Key(name: $0.mention.name, tag: $0.mention.tag?.canonicalText, landsdeel: $0.mention.landsdeel,
                isNational: $0.mention.isNational)
        }
    }

    /// Expects `article` to hold the real article's voorlopers and count claims.
    static func expectOriginal(_ article: VoorloperArticle, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let read = keys(article), expected = keys(original)
        #expect(read == expected, "\(label): \(zip(read, expected).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "count \(read.count)")",
                sourceLocation: sourceLocation)
        #expect(article.countClaims.map(\.value) == original.countClaims.map(\.value), "\(label)", sourceLocation: sourceLocation)
        #expect(!article.issues.issues().contains { $0.severity == .error }, "\(label)", sourceLocation: sourceLocation)
    }

    static func codes(_ article: VoorloperArticle) -> [String] { article.issues.issues().map(\.code) }

    @Test func theRealArticleIsReadAsBefore() {
        #expect(Self.original.voorlopers.count == 27)
        #expect(Self.original.countClaims.map(\.value) == [27, 27, 27])
        #expect(Self.codes(Self.original) == Array(repeating: "voorloper.tag_spelling", count: 3))
        #expect(Self.variants.render([], seed: 1) == Self.text)
    }

    /// Invisible characters in the article (a zero-width space inside a voorloper's name, a soft
    /// hyphen in a heading, a word joiner in a tag): read as the page shows it, the same voorlopers,
    /// and each line that held them reported once at its line (`line.invisible_characters`).
    @Test(arguments: UInt64(1)...6)
    func invisibleCharactersAreReadAsShownAndReported(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        var lines = Self.text.components(separatedBy: "\n")
        let candidates = lines.indices.filter { lines[$0].contains("(") || lines[$0].hasSuffix(":") }
        var damaged = Set<Int>()
        for _ in 0..<4 {
            let k = candidates.randomElement(using: &rng)!
            var scalars = Array(lines[k].unicodeScalars)
            // Inside a word (after a letter), never at either end.
            let places = scalars.indices.dropFirst().dropLast().filter { scalars[$0 - 1].properties.isAlphabetic && scalars[$0].properties.isAlphabetic }
            guard let at = places.randomElement(using: &rng) else { continue }
            scalars.insert(["\u{200B}", "\u{00AD}", "\u{2060}"].randomElement(using: &rng)!, at: at)
            lines[k] = String(String.UnicodeScalarView(scalars))
            damaged.insert(k + 1)
        }
        let article = try Self.read(lines.joined(separator: "\n"))
        Self.expectOriginal(article, "seed \(seed)")
        let reported = article.issues.issues().filter { $0.code == IssueCode.lineInvisibleCharacters.rawValue }
        #expect(Set(reported.compactMap { $0.location?.line }) == damaged, "seed \(seed)")
        #expect(reported.count == damaged.count && reported.allSatisfy { $0.rawValue?.contains("<U+") == true }, "seed \(seed)")
    }

    @Test(arguments: ArticleVariants.Kind.allCases)
    func eachKindAlone(_ kind: ArticleVariants.Kind) throws {
        for seed in UInt64(1)...12 {
            let text = Self.variants.render([kind], seed: seed)
            let article = try Self.read(text)
            Self.expectOriginal(article, "\(kind) seed \(seed)")
            switch kind {
            case .duplicateItem:
                #expect(Self.codes(article).filter { $0 == IssueCode.voorloperDuplicate.rawValue }.count == 1, "seed \(seed)")
            case .itemsSplitOverLines:
                let splits = text.split(separator: "\n").count - Self.text.split(separator: "\n").count
                #expect(Self.codes(article).filter { $0 == IssueCode.voorloperJoinedLines.rawValue }.count == splits, "seed \(seed)")
            default: break
            }
        }
    }

    @Test func kindsCombined() throws {
        var rng = SeededGenerator(seed: 2026)
        for seed in UInt64(1)...30 {
            var kinds = Set(ArticleVariants.Kind.allCases.filter { _ in Bool.random(using: &rng) })
            if kinds.contains(.unmarkedItems) { kinds.remove(.numberedItems) }
            let article = try Self.read(Self.variants.render(kinds, seed: seed))
            Self.expectOriginal(article, "\(kinds.map(\.rawValue).sorted()) seed \(seed)")
        }
    }

    @Test(arguments: [(false, false), (false, true), (true, false)])
    func asHTML(brSeparated: Bool, ordered: Bool) throws {
        let html = Self.variants.html(brSeparated: brSeparated, ordered: ordered)
        Self.expectOriginal(try Self.read(html, name: "news.html"), "html br \(brSeparated) ordered \(ordered)")
    }
}
