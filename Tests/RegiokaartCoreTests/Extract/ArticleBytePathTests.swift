import Foundation
import Testing
@testable import RegiokaartCore

/// The byte paths of the theme-page and article readers (the theme-count pre-test from the
/// apostrophes, bullet items after a non-ASCII bullet, the edge trim before collapsing) against
/// the code they stand for, on the real inputs and on hostile lines.
@Suite struct ArticleBytePathTests {
    /// Lines that probe the edges: apostrophes near the start and end, case, truncated quotes,
    /// bullets with ASCII and non-ASCII items, whitespace of every kind at either end.
    static let hostileLines: [String] = [
        "vijf thema's", "6 THEMA’S", "Zes Thema's.", "thema's", "'s thema's", "hema's", "xthema's", "thema'", "thema’",
        "thema\u{E2}", "thema’S", "thema''s", "thema’’s", "THEMA'S'", "a'b’c thema’s", "thema's\u{301}", "th\u{301}ema's", "θema's",
        "• Zeeland (po/vo/mbo)", "•Zeeland", "•", "• ", "•  Groningen  Friesland ", "• Groningen • Friesland", "• a * b",
        "• Zeeland\u{A0}(po)", "• Zeeland\t(po)\u{0B}", "–  Achterhoek west (vo/mbo)", "▪\u{301} x", "é Zeeland", "\u{A0}• x",
        "— ", "✓ Utrecht Stad (po/vo/mbo)", "* x", "- Aalten", "-\u{A0}Aalten", "• Drenthe+ (vo/mbo)\r",
        " • Zeeland (po)", "\t• Zeeland (po)\t", "  twee  spaties ", " \u{A0} x \u{A0} ", "\u{2003}x", " x\u{200B} ",
        "\t\t", " ", "", " é ", " \u{301}a ", "a \u{301}", " ", "Noord-Nederland: ", "met elkaar  beter ",
    ]

    static var lines: [String] {
        let real = [Fixture.publicationPath, Fixture.path(BuildConfiguration.defaultVoorlopers)].flatMap { path in
            (try? String(contentsOfFile: path, encoding: .utf8))?.components(separatedBy: "\n") ?? []
        }
        return real + hostileLines
    }

    @Test func themeCountPretestIsTheTwoByteSearches() {
        for line in Self.lines {
            #expect(ThemePageExtractor.mayHoldThemeCountClaim(line) == ThemePageExtractor.slowMayHoldThemeCountClaim(line),
                    "\(line.debugDescription)")
        }
        #expect(ThemePageExtractor.mayHoldThemeCountClaim("Vijf THEMA’s."))
        #expect(!ThemePageExtractor.mayHoldThemeCountClaim("thema’"))
    }

    /// Where `SeparatorBytes` says a space stands alone, splitting the bytes there splits the
    /// `Character`s there: every scalar of the Basic Multilingual Plane on either side of it.
    @Test func separatorsStandingAloneSplitTheCharacters() {
        var decided = 0
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["x\(scalar) y", "x \(scalar)y"] {
                var copy = text
                let alone = copy.withUTF8 { bytes in (0..<bytes.count).allSatisfy { bytes[$0] != 0x20 || SeparatorBytes.standsAlone(bytes, at: $0) } }
                guard alone else { continue }
                decided += 1
                let byBytes = text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
                #expect(text.split(separator: " ").map(String.init) == byBytes, "\(text.debugDescription)")
            }
        }
        #expect(decided > 400)
        var dash = "a – b"
        #expect(dash.withUTF8 { SeparatorBytes.standsAlone($0, at: 1) })
        var mark = "a \u{301}b"
        #expect(!mark.withUTF8 { SeparatorBytes.standsAlone($0, at: 1) })
    }

    @Test func themeCountWordsAreTheCharacterWords() {
        let location = SourceLocation(file: "x", line: 1)
        let words = ["\u{600} thema's", "3 \u{301}thema's", "3\u{301} thema's", "drie THEMA’S", "12 thema's 7 thema’s", "één thema’s",
                     "İ thema's", "zes thema'S", "zes thema’s\u{301}", "vijf  thema's", " vijf thema's ", "vijf thema's.", "vijf themas",
                     "Twaalf Thema'sen", "1e3 thema's", "-4 thema's", "vijf\u{A0}thema's", "vijf thema\u{E2}\u{80}s", "x\u{200D} thema's",
                     "zes – thema's", "“zes” thema's", "zes thema’s – zeven thema’s", "é thema's", "zes\u{2029} thema's", "zes ‼ thema's"]
        for line in Self.lines + words {
            #expect(ThemePageExtractor.wordClaims(in: line, at: location) == ThemePageExtractor.characterWordClaims(in: line, at: location),
                    "\(line.debugDescription)")
        }
        #expect(ThemePageExtractor.wordClaims(in: "Er zijn 12 thema's en zes THEMA’S", at: location).map(\.value) == [12, 6])
    }

    @Test func voorloperCountWordsAreTheCharacterWords() {
        let location = SourceLocation(file: "x", line: 1)
        let words = ["27 voorlopers", "27 definitieve Voorlopers,", "27,voorlopers", "27 ,, voorlopers", "voorlopers 27", "0 voorlopers",
                     "27 definitieve, VOORLOPERSx", "1 2 3 voorlopers", "27 mooie nieuwe voorlopers", "27\u{301} voorlopers",
                     "27 \u{301}voorlopers", "\u{600} voorlopers", "27 voorlopers’ regio’s, 3 voorlopers", "+27 voorlopers", "27 voorloper",
                     "27 – voorlopers", "27,“voorlopers”", "27 ‘definitieve’ voorlopers", "27 \u{200C}voorlopers", "27é, voorlopers", "5 \u{600} voorlopers",
                     "zevenentwintig voorlopers", "Tweeëntwintig definitieve voorlopers", "een aantal voorlopers", "ZES, voorlopers",
                     "tweeëntwintig\u{301} voorlopers", "zeven-en-twintig voorlopers"]
        for line in Self.lines + words {
            #expect(VoorloperExtractor.wordClaims(in: line, at: location) == VoorloperExtractor.characterWordClaims(in: line, at: location),
                    "\(line.debugDescription)")
        }
        #expect(VoorloperExtractor.wordClaims(in: "Er gaan 27 definitieve voorlopers, en 3 VOORLOPERS", at: location).map(\.value) == [27, 3])
    }

    @Test func bulletItemsAreTheScalarReading() {
        var lines = Self.lines
        lines += CardMarkers.bullets.flatMap { bullet in ["\(bullet) Zeeland (po)", "\(bullet)", "\(bullet)  x  y ", "\(bullet)x * y"] }
        for line in lines {
            #expect(CardMarkers.bulletItems(line) == CardMarkers.referenceBulletItems(line), "\(line.debugDescription)")
        }
        #expect(CardMarkers.bulletItems("•  Groningen  Friesland ") == ["Groningen Friesland"])
        #expect(CardMarkers.bulletItems("•") == [])
    }

    @Test func articleLinesCollapseAsBefore() {
        for line in Self.lines {
            #expect(VoorloperExtractor.collapsed(line) == NameFolding.collapseUnicodeWhitespace(line), "\(line.debugDescription)")
        }
        #expect(VoorloperExtractor.collapsed(" • Zeeland (po) ") == "• Zeeland (po)")
    }
}
