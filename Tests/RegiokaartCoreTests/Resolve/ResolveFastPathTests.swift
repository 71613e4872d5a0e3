import Foundation
import Testing
@testable import RegiokaartCore

/// The byte-level shortcuts of the resolve stage give exactly what the `Character`/Foundation code
/// they stand in for gives: on every line of the real inputs and on hostile text.
@Suite struct ResolveFastPathTests {
    /// Every line of the publication and the voorlopers article, as read and whitespace-collapsed.
    static let realLines: [String] = {
        let article = try! DocumentReader.read(path: RealInput.configuration.voorlopersPath)
        let raw = (Array(RealInput.publication.lines) + Array(article.lines)).map(\.text)
        return raw + raw.map(NameFolding.collapseWhitespace)
    }()

    /// Pieces that sit on the edges of the shortcuts: marks and spaces, capitals and digits beyond
    /// ASCII, quotes, combining marks, a prepended mark, CR LF, Unicode spaces, Latin-1 letters.
    static let pieces = [".", "!", "?", " ", " ", "A", "a", "z", "1", "\"", "'", "“", "‘", "’", "”", "É", "é", "e\u{301}",
                         "\u{301}", "\u{600}", "\r\n", "\r", "\n", "\t", "\u{A0}", "\u{2009}", "\u{200B}", "\u{3000}", "ß", "٣", "Ⅷ",
                         "Ø", "æ", "ÿ", "İ", "\u{212A}", "ﬁ", "Ａ", "–", "—", "…", "•", ">", "-", "thema's", "THEMA’S", "vijf",
                         "6", "voorlopers", "27", "ë", "Ä", "ï"]

    /// `count` strings of up to `length` pieces, the same every run.
    static func hostile(_ count: Int, length: Int = 12) -> [String] {
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(length + 1)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    static let samples = realLines + pieces + hostile(4000)

    @Test func sentencesAreTheCharacterSentences() {
        var paragraphs = Self.samples
        paragraphs += RealInput.dataset.mentions.cases.flatMap { $0.paragraphs.map(\.value) }
        paragraphs += ["Ja. Nee.", "a. É b", "é. A", "\u{600}. A", "a.\u{301} B", "a. A\u{301}b", "a. \u{301}B", "x. ١", "x. ‘y", "x. “Y”",
                       "Dit is zo.  Dat ook.", "A. B. C.", "A.  B", "x. ", ". A", "?! A", "a. \r\nB", "café. De zaak", "Ω. Ωmega"]
        for text in paragraphs {
            #expect(StoryText.sentences(text) == StoryText.characterSentences(text), "\(text.debugDescription)")
        }
    }

    @Test func bytewiseFoldIsTheFoundationFold() {
        var texts = Self.samples
        for second in UInt8(0x80)...UInt8(0xBF) {
            let c = String(decoding: [0xC3, second], as: UTF8.self)
            texts += [c, "x\(c)y", "\(c)\u{301}", c.uppercased(), c.lowercased(), "1\(c)2"]
        }
        for third in UInt8(0x80)...UInt8(0xBF) {
            let c = String(decoding: [0xE2, 0x80, third], as: UTF8.self)
            texts += [c, "x\(c)y", "A\(c)B"]
        }
        for text in texts {
            #expect(NameFolding.fold(text) == NameFolding.foundationFold(text), "\(text.debugDescription)")
            #expect(ThemePageExtractor.key(text) == ThemePageExtractor.slowKey(text), "\(text.debugDescription)")
        }
        // The shortcut takes the Dutch lines, not only ASCII ones.
        #expect(NameFolding.bytewiseFold("Continuïteit “van” onderwijs – één") == "continuiteitvanonderwijseen")
    }

    @Test func foldedContainsIsContains() {
        let folded = Self.samples.map(NameFolding.fold)
        for (k, haystack) in folded.enumerated() {
            for needle in [folded[(k * 7) % folded.count], String(haystack.prefix(3)), String(haystack.suffix(2)), "", "zeeland", "a\r\nb"] {
                #expect(ASCIIFastPath.foldedContains(haystack, needle) == haystack.contains(needle), "\(haystack) \(needle)")
            }
        }
    }

    @Test func collapseShortcutsAreTheScalarCollapse() {
        var texts = Self.samples
        // Every scalar of the Basic Multilingual Plane between letters, and at either end.
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(Character(scalar))
            texts += ["a\(s)b", "a \(s)b"]
            if value % 64 == 0 || scalar.properties.isWhitespace { texts += [s, "\(s)a", "a\(s)"] }
        }
        for text in texts {
            #expect(NameFolding.collapseWhitespace(text) == NameFolding.collapseUnicodeWhitespace(text), "\(text.debugDescription)")
        }
    }

    @Test func countClaimTestsLoseNoClaim() {
        let location = SourceLocation(file: "x", line: 1)
        for text in Self.samples + ["vijf thema's", "6 THEMA’S", "Zes Thema's.", "27 voorlopers", "27 definitieve Voorlopers,"] {
            #expect(ThemePageExtractor.themeCountClaims(in: text, at: location) == ThemePageExtractor.wordClaims(in: text, at: location))
            #expect(VoorloperExtractor.countClaims(in: text, at: location) == VoorloperExtractor.wordClaims(in: text, at: location))
        }
        #expect(ThemePageExtractor.themeCountClaims(in: "Er zijn vijf thema's", at: location).map(\.value) == [5])
    }

    /// The claims of a run of lines, each distinct text read once, are those of each line read alone,
    /// on the real front matter and on repeated, differently normalised and hostile lines.
    @Test func themeCountClaimsOfRepeatedLinesAreThoseOfEachLine() throws {
        let real = try String(contentsOfFile: Fixture.publicationPath, encoding: .utf8).split(separator: "\n").map(String.init)
        let hostile = ["vijf thema's", "zes thema's", "vijf thema's", "Vijf THEMA'S", "één thema’s", "e\u{301}e\u{301}n thema’s",
                       "12 thema's 7 thema’s", "thema's", " 3  thema's", "3 thema's\u{301}", "3\u{301} thema's", "zes thema's"]
        let lines = (real + hostile + hostile.reversed()).enumerated().map { Located($0.element, at: SourceLocation(file: "x", line: $0.offset + 1)) }
        let oneByOne = lines.flatMap { ThemePageExtractor.themeCountClaims(in: $0.value, at: $0.location) }
        #expect(ThemePageExtractor.themeCountClaims(in: lines) == oneByOne)
        #expect(oneByOne.count > 20)
    }

    @Test func placesSkipOnlyTheRefusedFuzzyRule() {
        let context = RegionIndexTests.context
        let reader = PlaceReader(context: context)
        var names = RealInput.reference.municipalities.map(\.name) + RealInput.reference.provinces.map(\.name)
        names += names.map { String($0.dropLast()) } + names.map { $0 + "e" } + ["Den Haag", "Friesland", "Amsterdm", "", "Achterhoek", "Urk"]
        for name in names {
            let full = context.matcher.match(name)
            let expected = full.kind.map { PlaceReader.acceptedKinds.contains($0) } == true ? full : MatchOutcome(kind: nil, hit: nil)
            let quick = reader.match(name)
            let used = quick.kind.map { PlaceReader.acceptedKinds.contains($0) } == true ? quick : MatchOutcome(kind: nil, hit: nil)
            #expect(used == expected, "\(name)")
        }
    }

    @Test func nameTokensKeepTheirMeaning() {
        #expect(NameTokens("Onderwijsregio Zwolle e.o.").words == ["zwolle"])
        #expect(NameTokens("Noord-Holland Noord").words == ["noord", "holland"])
        #expect(NameTokens("Mbo Noord-Nederland").dropped == ["mbo"])
    }

    /// `PlaceReader.mayContain` is false only where Foundation's case-insensitive search finds no
    /// phrase, and `isSeparator` is the literal's `contains`: on the real lines and hostile text,
    /// with the phrases written into them in other cases.
    @Test func placeReadersShortcutsAgreeWithFoundation() {
        let phrases = PlaceReader.surroundings + PlaceReader.surroundings.map { $0.uppercased() } + ["En OmStreken", "E.O."]
        let texts = Self.realLines + Self.hostile(3000) + Self.hostile(300).flatMap { text in phrases.map { text + $0 + text } }
            + ["Den Haag en omstreken", "Zwolle E.O.", "Regio ſ en omgeving", "en omgeving", "en omgevin",
               "Den Haag en om\u{17F}treken", "Den Haag en omstre\u{212A}en"]  // long s, Kelvin sign
        for text in texts {
            for phrase in PlaceReader.surroundings where !PlaceReader.mayContain(text, phrase) {
                #expect(text.range(of: phrase, options: [.caseInsensitive]) == nil, "\(text) holds \(phrase)")
            }
            for character in text {
                #expect(PlaceReader.isSeparator(character) == ",&/+()".contains(character))
            }
        }
        // It does answer no: an ASCII name without the phrase.
        #expect(!PlaceReader.mayContain("Regio Zwolle", "en omgeving"))
        #expect(PlaceReader.mayContain("Regio Zwolle EN OMGEVING", "en omgeving"))
    }
}
