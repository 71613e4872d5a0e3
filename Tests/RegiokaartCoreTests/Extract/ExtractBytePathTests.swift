import Foundation
import Testing
@testable import RegiokaartCore

/// The byte paths of the extractor (count claims of ASCII lines, closing links of ASCII lines,
/// continued labels remembered by their bytes) against the `String` code they replaced, kept here
/// as the oracle, on the real publication, its rendering variants and hostile lines.
@Suite struct ExtractBytePathTests {
    /// Lines that probe the byte paths' edges.
    static let hostileLines: [String] = [
        "49 onderwijsregio's", "alle 49 onderwijsregio's in beeld", "alle  49   Onderwijsregio's.", "49onderwijsregio's",
        "+49 onderwijsregio's", "-3 onderwijsregio's", "0 onderwijsregio's", "99999999999999999999 onderwijsregio's",
        "49 onderwijsregio’s", "49 ONDERWIJSREGIO'S", "49 onderwijsregio'sx en 12 onderwijsregio's", "onderwijsregio's",
        "Onderwijsregio's landelijk dekkend", "1e3 onderwijsregio's", "49 onderwijsregio'", "49 onderwijsregios",
        "49\tonderwijsregio's", "49\u{00A0}onderwijsregio's", "één 49 onderwijsregio's", "İ 49 onderwijsregio's",
        "49 onderwijsregio\u{0301}'s", "7 onderwijsregio's' 8 onderwijsregio's", " 49 onderwijsregio's ",
        "[TERUG NAAR PO KAART >](#)", "TERUG NAAR MBO KAART >", "- TERUG NAAR VO KAART >", "* [terug naar po kaart](#)",
        "• TERUG NAAR PO KAART", "terug naar", "[Terug naar", "terugnaar", "Terug", "- terug", "-\tTERUG NAAR X",
        "*", "-", "- ", "TERUG\u{00A0}NAAR X", "[TERUG  NAAR PO KAART >](#)", "[terug\tnaar", "Terug \u{00A0} Naar", "terug naarx", "ＴERUG NAAR", "\u{FEFF}TERUG NAAR", "TERUG NAAR\u{0301}",
    ]

    /// Documents to compare on: the real publication, each rendering variant and the hostile lines
    /// (each after a number line too, for the claims standing on two lines).
    static var documents: [SourceDocument] {
        var documents = [Fixture.publication]
        for (n, kind) in RenderingVariantTests.Kind.allCases.enumerated() {
            let text = RenderingVariantTests.render([kind], seed: UInt64(n + 1)).text
            documents.append(Fixture.document(text, name: "\(kind).txt"))
        }
        let hostile = hostileLines.flatMap { ["49", $0, "x", $0] }.joined(separator: "\n")
        documents.append(Fixture.document(hostile, name: "hostile.txt"))
        documents.append(Fixture.document(hostile.replacingOccurrences(of: "\n", with: "\r\n"), name: "hostile-crlf.txt"))
        return documents
    }

    // MARK: - Oracles: the code before the byte paths

    static func oracleCountClaims(_ lines: CardLines, _ extractor: PublicationExtractor) -> [Located<Int>] {
        var claims: [Located<Int>] = []
        for k in extractor.countClaimCandidates(lines) {
            let afterNumber = k > 0 && extractor.isInteger(lines, k - 1)
            guard afterNumber || lines.withBytes(k, { extractor.mayHoldCountClaim($0, atStart: false) }) else { continue }
            let line = lines.located(k)
            let lower = line.value.lowercased()
            guard lower.contains("onderwijsregio") else { continue }
            let words = lower.split(separator: " ")
            for (w, word) in words.enumerated() where w > 0 && (word.hasPrefix("onderwijsregio's") || word.hasPrefix("onderwijsregio’s")) {
                if let number = Int(words[w - 1]), number > 0 { claims.append(Located(number, at: line.location)) }
            }
            if k > 0, lower.hasPrefix("onderwijsregio's") || lower.hasPrefix("onderwijsregio’s"),
               let number = Int(lines.text(k - 1)), number > 0 {
                claims.append(Located(number, at: lines.location(k - 1)))
            }
        }
        return claims
    }

    static func oracleIsTerminator(_ line: String) -> Bool {
        if ASCIIFastPath.isASCII(line), !ASCIIFastPath.mayContainLowercased(line, "terug") { return false }
        var text = line
        if line.hasPrefix("- ") || line.unicodeScalars.first.map(CardMarkers.bullets.contains) == true,
           let items = CardMarkers.bulletItems(line), items.count == 1 { text = items[0] }
        // Any whitespace between the words (since the rendering audit: "TERUG  NAAR", "TERUG\u{00A0}NAAR").
        text = NameFolding.collapseWhitespace(text)
        return ASCIIFastPath.uppercasedHasPrefix(text, "[TERUG NAAR") || ASCIIFastPath.uppercasedHasPrefix(text, "TERUG NAAR")
    }

    // MARK: - Tests

    @Test func countClaimsAsBefore() {
        let extractor = PublicationExtractor()
        var claimsSeen = 0
        for document in Self.documents {
            let lines = CardLines(document) { _, _ in false }
            let claims = extractor.findCountClaims(lines)
            #expect(claims == Self.oracleCountClaims(lines, extractor), "\(document.name)")
            claimsSeen += claims.count
        }
        #expect(claimsSeen > Self.documents.count)  // the documents do state counts
    }

    @Test func asciiClaimsAnswerForASCIILinesOnly() {
        let lines = CardLines(Fixture.document(Self.hostileLines.joined(separator: "\n"))) { _, _ in false }
        let extractor = PublicationExtractor()
        for k in 0..<lines.count {
            #expect((extractor.asciiCountClaims(lines, k) != nil) == ASCIIFastPath.isASCII(lines.text(k)), "\(lines.text(k))")
        }
    }

    @Test func closingLinksAsBefore() {
        var terminators = 0
        for document in Self.documents {
            for line in document.lines {
                let trimmed = line.text.trimmingCharacters(in: .whitespaces)
                let expected = Self.oracleIsTerminator(trimmed)
                #expect(CardMarkers.isTerminator(trimmed) == expected, "\(trimmed.debugDescription)")
                if expected { terminators += 1 }
            }
        }
        #expect(terminators >= 49)
        for line in Self.hostileLines {
            #expect(CardMarkers.isTerminator(line) == Self.oracleIsTerminator(line), "\(line.debugDescription)")
        }
    }

    @Test func everyLineThatMayStartAFigureIsACandidate() {
        let extractor = PublicationExtractor()
        let extra = Fixture.document(["\u{00A0}Aantal", "Aantal", "aangesloten", "7", " 12 ", "\u{00C5}antal", "Äantal", "x", "",
                                      "\u{00A0}\u{00A0}", "\tAantal\u{00A0}"].joined(separator: "\n"))
        for document in Self.documents + [extra] {
            let lines = CardLines(document) { _, _ in false }
            let candidates = Set(lines.figureCandidates.map(Int.init))
            #expect(lines.figureCandidates == lines.figureCandidates.sorted())
            let starting = (0..<lines.count).filter { extractor.mayStartFigure(lines, $0) }
            #expect(starting.allSatisfy(candidates.contains), "\(document.name)")
            #expect(!starting.isEmpty || document.name == "hostile.txt" || document.name == "hostile-crlf.txt" || document.name == "test.txt")
        }
    }

    @Test func figureWordsAnswerAsTheStringTests() {
        var texts = ["(po)", "(", "(\u{0301}po", "\u{0301}", "(\u{00A0}vo)", "aangesloten", "Aangesloten", "AANTAL", "aantal\u{0301}",
                     "ämbo", "éen", "Éen", "İnstelling", "studenten", "STUDENTEN/", "Instellingen", "instellin", "", "ﬁ", "\u{212A}",
                     "\u{00E9}", "e\u{0301}", "leerlingen/", "mbo-", "x", "(", "((", "( ", "\u{FF08}po)", "studen ten", "instel lingen",
                     "stu\tdenten", "studen\u{00A0}ten", "s tudentenx"]
        for document in Self.documents {
            for line in document.lines {
                for case .text(let words) in FigureLine.parts(line.text) { texts.append(words) }
            }
        }
        for text in texts {
            let words = FigureWords(text)
            let startsLabel = ASCIIFastPath.lowercasedHasPrefix(text, "aantal") || ASCIIFastPath.lowercasedHasPrefix(text, "aangesloten")
            #expect(words.startsLabel == startsLabel, "\(text.debugDescription)")
            #expect(words.startsLabel == FigureLine.startsLabel(text), "\(text.debugDescription)")
            #expect(words.continuesUnnamed == (ASCIIFastPath.lowercasedHasPrefix(text, "aangesloten")
                || text.unicodeScalars.first?.properties.isLowercase == true), "\(text.debugDescription)")
            // (A stray space inside the word does not count: "studen ten".)
            let squeezed = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
            #expect(words.completesNamed == (text.hasPrefix("(") || ASCIIFastPath.lowercasedHasPrefix(squeezed, "instelling")
                || ASCIIFastPath.lowercasedHasPrefix(squeezed, "studenten")), "\(text.debugDescription)")
        }
    }

    @Test func continuedLabelsAreJoinedAsBefore() {
        var label = FigureBlock.OpenLabel()
        // Canonically equivalent but different bytes: each gets its own bytes back.
        let labels = ["Aantal", "Aantal leerlingen/", "Aantal\u{00E9}", "Aantale\u{0301}", "AANTAL", "Aangesloten", ""]
        let words = ["leerlingen/", "studenten", "e\u{0301}", "\u{00E9}", "(po)", "", "mbo-\u{00A0}instellingen"]
        for _ in 0..<2 {
            for first in labels {
                for word in words {
                    Self.withBytes(first) { label.start($0, startsLabel: FigureWords($0).startsLabel) }
                    Self.withBytes(word) { label.append($0) }
                    #expect(Array(label.text.utf8) == Array((first + " " + word).utf8))
                    #expect(label.kind == FigureLabel.kind(of: first + " " + word))
                }
            }
        }
    }

    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }
}
