import Testing
@testable import RegiokaartCore

/// The byte-level line tests of the card extractor must answer as the `String` tests they stand for.
@Suite struct CardLineBytesTests {
    /// Lines reaching every branch: list items with ASCII and Unicode bullets and spaces, closing
    /// links, headings, stories, figures and labels, whitespace runs and control characters.
    static let lines: [String] = CardMarkersFastPathTests.lines + [
        "-", "*", "* ", "-x", "-\u{0B}Aalten", "-\u{0C}Aalten", "-\u{A0}Aalten", "- Aalten ", "-  Oost   Gelre  ",
        "- Den\tHaag", "-\tBergen (NH.)", "* Aalten", "*Aalten", "* Aa * Bb", "- Aa * Bb", "- Súdwest-Fryslân",
        "- ’s-Hertogenbosch", "• Aalten", "– Aalten", "—Aalten", "- Aa\u{0B}\u{0C} Bb", "- Aa \u{0B} Bb", "- - Aalten",
        "* Terug naar po", "* [terug", "Verzorgingsgebied:", "VERZORGINGSGEBIED", "Deelnemende gemeenten:",
        "Thema: Zij-instroom", "thema:", "Aantal leerlingen/ studenten", "70.780", "- 70.780", "Aangesloten opleiders",
        "Verzorgingsgebied\u{301}", "Thema:\u{301}", "-\u{301}Aalten",
    ]

    static func withBytes<R>(_ line: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var line = line
        return line.withUTF8(body)
    }

    @Test func bulletItemsAsTheGeneralPath() {
        for line in Self.lines {
            #expect(CardMarkers.bulletItems(line) == CardMarkers.referenceBulletItems(line), "\(line.debugDescription)")
            if let item = Self.withBytes(line, CardMarkers.singleASCIIItem) {
                #expect((item.isEmpty ? [] : [item]) == CardMarkers.referenceBulletItems(line), "\(line.debugDescription)")
            }
            if let bullet = Self.withBytes(line, CardMarkers.isBullet) {
                #expect(bullet == (CardMarkers.referenceBulletItems(line) != nil), "\(line.debugDescription)")
            }
        }
        #expect(Self.withBytes("-  Oost   Gelre  ", CardMarkers.singleASCIIItem) == "Oost Gelre")
        #expect(Self.withBytes("- Súdwest-Fryslân", CardMarkers.singleASCIIItem) == nil)
    }

    /// Generated list lines (bullets, words, runs of every ASCII whitespace, non-ASCII letters and
    /// stray "*") read by the byte path as by the general one.
    @Test func generatedItemsAsTheGeneralPath() {
        let bullets = ["- ", "-\t", "* ", "*", "-", "• ", ""]
        let pieces = ["Aa", "Den", "Haag", "Oost", "Gelre", " ", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\r", "é", "*", "-", "(NH.)",
                      "’s", "x", "\u{A0}"]
        var generator = SystemRandomNumberGenerator()
        var decided = 0
        for _ in 0..<5000 {
            let line = bullets.randomElement(using: &generator)!
                + (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let reference = CardMarkers.referenceBulletItems(line)
            #expect(CardMarkers.bulletItems(line) == reference, "\(line.debugDescription)")
            if let item = Self.withBytes(line, CardMarkers.singleASCIIItem) {
                decided += 1
                #expect((item.isEmpty ? [] : [item]) == reference, "\(line.debugDescription)")
            }
        }
        #expect(decided > 1000)
    }

    /// A line that `FigureLine.isPlainWords` passes is cut by the general cutting into one part,
    /// its words as they stand: on generated lines of words, digits, separators, runs of spaces,
    /// controls and non-ASCII letters.
    @Test func plainWordLinesAreCutAsByTheGeneralPath() {
        let pieces = ["Aantal", "leerlingen/", "(po)", "mbo-", "x", " ", " ", "  ", "\t", "\u{0B}", ":", "7", "70.780", "é", "\u{A0}",
                      "\u{7F}", "\u{01}", "/", "*", "Regio", "2"]
        var generator = SystemRandomNumberGenerator()
        var plain = 0
        for _ in 0..<5000 {
            let line = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            Self.withBytes(line) { bytes in
                var general: [FigureLine.Span] = []
                FigureLine.spans(of: bytes, into: &general)
                if FigureLine.isPlainWords(bytes) {
                    plain += 1
                    #expect(general == [.words(0..<bytes.count)], "\(line.debugDescription)")
                }
            }
        }
        #expect(plain > 500)
    }

    @Test func structureAsTheStringTests() {
        var decided = 0
        for line in Self.lines {
            if let structure = Self.withBytes(line, FigureBlock.isStructure) {
                decided += 1
                #expect(structure == FigureBlock.isStructure(line), "\(line.debugDescription)")
            }
            if !Self.withBytes(line, CardMarkers.mayBeTerminator) {
                #expect(!CardMarkers.isTerminator(line), "\(line.debugDescription)")
            }
        }
        #expect(decided > Self.lines.count / 2)
    }

    /// The closing-links pretest as it compared "terug" byte by byte.
    static func referenceMayBeTerminator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count, [0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "-"), UInt8(ascii: "*")].contains(bytes[i]) { i += 1 }
        guard i < bytes.count else { return false }
        if bytes[i] >= 0x80 { return true }
        guard i + 5 <= bytes.count else { return false }
        return zip(bytes[i..<(i + 5)], "terug".utf8).allSatisfy { ASCIIFastPath.lowercase($0) == $1 }
    }

    @Test func terminatorPretestAsTheByteComparison() {
        let extra = ["terug", "TERUG", "teru", "[ - terug naar", "[[terugg", "* TeRuG", "te\u{301}rug", "terü", "terux", "[TERUX naar", "teruG", "   ", "[", "- Terug\u{A0}naar"]
        for line in Self.lines + extra {
            #expect(Self.withBytes(line, CardMarkers.mayBeTerminator) == Self.withBytes(line, Self.referenceMayBeTerminator),
                    "\(line.debugDescription)")
        }
    }

    /// A line stands alone as a value exactly when its parts are one value, letters first or not.
    @Test func valueLinesAreLinesOfOneValue() throws {
        let real = try String(contentsOfFile: Fixture.publicationPath, encoding: .utf8).split(separator: "\n").map(String.init)
        let extra = ["70.780", "7O.780", "Regio 2", "a2", "Z 70.780", "z70", "É70", "\u{A0}70", "70 Aantal", "(70)", "70:", "-70"]
        let extractor = PublicationExtractor()
        for line in Self.lines + real + extra {
            let parts = FigureLine.parts(line)
            let oneValue: Bool
            if parts.count == 1, case .value = parts[0] { oneValue = true } else { oneValue = false }
            #expect(extractor.isValueLine(line) == oneValue, "\(line.debugDescription)")
        }
    }

    @Test func figureLinesAsTheScalarTests() {
        let figures = ["70.780", "70 780", "70\u{A0}780", "70\u{202F}780", "70\u{2009}780", "7O.780", "70,780", " 70", "70 ",
                       "70  780", "Regio 2", "2 Regio", "\u{A0}70", "70\u{A0}", "1.234.567.890.123.456.789.012", "12345678901234567890123",
                       "Élan 2", "élan2", "2\u{2003}3", "\u{301}2", "ĳ 4", "4 ĳ", "4\u{2028}5", "Aantal 4", "4 aantal", "4:5", "4\t5"]
        for line in Self.lines + figures {
            #expect(Self.withBytes(line, FigureLine.looksLikeFigure) == FigureValue.looksLikeFigure(line), "\(line.debugDescription)")
            #expect(Self.withBytes(line, FigureLine.startsWithWord) == (line.unicodeScalars.first?.properties.isAlphabetic ?? false),
                    "\(line.debugDescription)")
            if Self.withBytes(line, FigureLine.isCollapsedASCII) {
                #expect(NameFolding.collapseWhitespace(line) == line, "\(line.debugDescription)")
            }
        }
    }

    /// `FigureLabel.kind(of:)` for an ASCII label as it searched the table, row by row, in the
    /// label lower-cased without spaces, tabs and hyphens.
    static func referenceKind(_ label: String) -> FigureKind? {
        guard ASCIIFastPath.lowercasedHasPrefix(label, "aantal") || ASCIIFastPath.lowercasedHasPrefix(label, "aangesloten") else {
            return nil
        }
        let squeezed = label.utf8.filter { $0 != 0x20 && $0 != 0x2D && $0 != 0x09 }.map(ASCIIFastPath.lowercase)
        return FigureLabel.table.first { row in row.keywords.allSatisfy { ASCIIFastPath.bytes(squeezed, contain: $0) } }?.kind
    }

    @Test func labelKindsAreTheTableKinds() {
        let labels = ["Aantal", "Aantal leerlingen/", "Aantal leerlingen/ studenten", "Aantal aangesloten schoolbesturen (po)",
                      "Aantal aangesloten schoolbesturen (vo)", "Aantal aangesloten mbo- instellingen", "Aangesloten opleiders",
                      "aantal", "Leerlingen", "Aantal gemeenten", "", "Aantal schoolbesturen po", "Aantal schoolbesturen-vo",
                      "Aantal\tschoolbesturen primair", "AANTAL SCHOOLBESTUREN VOORTGEZET", "Aantal lerarenopleidingen",
                      "Aantalstudent", "Aan tal leerlingen", "Aangesloten mbo instellingen (po)", "Aantal (vo) schoolbesturen"]
        for label in labels {
            #expect(FigureLabel.kind(of: label) == Self.referenceKind(label), "\(label)")
        }
        #expect(FigureLabel.kind(of: "Aantal leerlingen\u{A0}studenten") == .students)
    }

    /// A label read a line at a time has the text of its lines joined with a space, byte for
    /// byte, and after each line the kind the table gives that text: on generated labels of the
    /// table's words (split anywhere, in any case, hyphenated), ASCII or not.
    @Test func openLabelsAreTheJoinedLabels() {
        let pieces = ["Aantal", "aantal", "AANGESLOTEN", "Aangesloten", "aangesloten", "school", "besturen", "schoolbesturen",
                      "(po)", "(vo)", "po", "vo", "(p", "o)", "mbo-", "instellingen", "leerlingen/", "studenten", "stud", "enten",
                      "opleiders", "leraren-", "opleiding", "primair", "voortgezet", "x", "-", "stude\u{301}nten", "studénten",
                      "le\u{301}erlingen", "mbo-\u{00A0}instellingen", "Schoolbesturen", "LEERLING", "onderwijs"]
        var generator = SystemRandomNumberGenerator()
        var label = FigureBlock.OpenLabel()
        var named = 0
        for _ in 0..<3000 {
            let lines = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
            var joined = lines[0]
            CardLineBytesTests.withBytes(lines[0]) { label.start($0, startsLabel: FigureWords($0).startsLabel) }
            #expect(label.kind == FigureLabel.kind(of: joined), "\(joined.debugDescription)")
            for line in lines.dropFirst() {
                joined += " " + line
                CardLineBytesTests.withBytes(line) { label.append($0) }
                #expect(Array(label.text.utf8) == Array(joined.utf8), "\(joined.debugDescription)")
                let kind = label.kind
                #expect(kind == FigureLabel.kind(of: joined), "\(joined.debugDescription)")
                if ASCIIFastPath.isASCII(joined) { #expect(kind == Self.referenceKind(joined), "\(joined.debugDescription)") }
                if kind != nil { named += 1 }
            }
        }
        #expect(named > 100)
    }
}

/// The count-claim pre-test, looking for the word before an apostrophe, must pass the lines the
/// scan over every position passed.
@Suite struct CountClaimPretestTests {
    /// The test as it scanned every position of the line.
    static func reference(_ bytes: [UInt8], atStart: Bool) -> Bool {
        let word = Array("onderwijsregio".utf8)
        var i = 0
        while i + word.count + 2 <= bytes.count {
            defer { i += 1 }
            if i == 0 {
                guard atStart else { continue }
            } else {
                var p = i - 1
                while p > 0, bytes[p] == 0x20, bytes[p - 1] == 0x20 { p -= 1 }
                guard bytes[i - 1] == 0x20, p > 0, (0x30...0x39).contains(bytes[p - 1]) else { continue }
            }
            var k = 0
            while k < word.count, ASCIIFastPath.lowercase(bytes[i + k]) == word[k] { k += 1 }
            guard k == word.count else { continue }
            var j = i + k
            if bytes[j] == UInt8(ascii: "'") {
                j += 1
            } else if j + 3 <= bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 {
                j += 3
            } else {
                continue
            }
            if j < bytes.count, ASCIIFastPath.lowercase(bytes[j]) == UInt8(ascii: "s") { return true }
        }
        return false
    }

    static let hostileLines = ASCIIFastPathTests.lines + [
            "49 onderwijsregio's", "49 onderwijsregio’s", "49  Onderwijsregio'S", "x 49 onderwijsregio's", "a49 onderwijsregio's",
            "49onderwijsregio's", " onderwijsregio's", "onderwijsregio's", "Onderwijsregio’s landelijk", "onderwijsregio'", "onderwijsregio’",
            "onderwijsregio’x", "49 onderwijsregio’", "49 onderwijsregio''s", "'s 49 onderwijsregio's", "’’ 49 onderwijsregio’s’",
            "alle 49 onderwijsregio's en 12 onderwijsregio’s", "1 onderwijsregios'", "49 onderwijsregio\u{2019}S.", "49 ONDERWIJSREGIO'S",
            "het ABC van de onderwijsregio's", "49\u{A0}onderwijsregio's", "4 9 onderwijsregio's", "'", "’", "\u{E2}",
    ]

    @Test func passesTheLinesTheFullScanPassed() {
        let extractor = PublicationExtractor()
        for line in Self.hostileLines {
            for atStart in [false, true] {
                let bytes = Array(line.utf8)
                let fast = bytes.withUnsafeBufferPointer { extractor.mayHoldCountClaim($0, atStart: atStart) }
                #expect(fast == Self.reference(bytes, atStart: atStart), "\(line.debugDescription) atStart: \(atStart)")
            }
        }
    }

    /// The lines found from the apostrophes of the whole document are those the test passes line
    /// by line: on the real publication and on indented, padded, overlong and skipped hostile lines.
    @Test func candidatesOfTheWholeDocumentAreThoseOfEachLine() throws {
        let real = try String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)
        var hostile = Self.hostileLines.flatMap { ["  " + $0, "\t\($0) ", "\u{A0}\($0)\u{A0}", $0, "12", $0] }
        hostile += [String(repeating: "x ", count: 1000) + "49 onderwijsregio's", String(repeating: "y ", count: 3000) + "49 onderwijsregio's", "’"]
        let extractor = PublicationExtractor()
        for text in [real, hostile.joined(separator: "\n"), hostile.joined(separator: "\r\n") + "\n" + real] {
            let lines = CardLines(Fixture.document(text)) { _, length in length > 5000 }
            let oneByOne = (0..<lines.count).filter { k in
                lines.length(k) < 2000 && lines.withBytes(k) { extractor.mayHoldCountClaim($0, atStart: true) }
            }
            #expect(lines.isContiguous)
            #expect(extractor.countClaimCandidates(lines) == oneByOne)
            #expect(oneByOne.count > 5)
        }
    }
}
