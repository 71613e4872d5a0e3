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

    @Test func rememberedLabelKindsAreTheTableKinds() {
        let labels = ["Aantal", "Aantal leerlingen/", "Aantal leerlingen/ studenten", "Aantal aangesloten schoolbesturen (po)",
                      "Aantal aangesloten schoolbesturen (vo)", "Aantal aangesloten mbo- instellingen", "Aangesloten opleiders",
                      "Aantal leerlingen\u{A0}studenten", "aantal", "Leerlingen", "Aantal gemeenten", ""]
        var memo = FigureLabelMemo()
        for round in 0..<2 {
            for label in labels {
                #expect(memo.kind(of: label) == FigureLabel.kind(of: label), "\(label) (round \(round))")
            }
        }
        // Past its capacity the memo still answers (from the table).
        for n in 0..<(FigureLabelMemo.capacity + 10) {
            let label = "Aantal leerlingen \(n)"
            #expect(memo.kind(of: label) == .students)
        }
        #expect(memo.kind(of: "Aangesloten opleiders") == .teacherTrainingInstitutions)
    }

    /// A label continued through the memo is the label joined with the words, byte for byte, with
    /// the table's kind: for ASCII and for differently normalised words, before and past its capacity.
    @Test func rememberedContinuationsAreTheJoinedLabels() {
        let steps: [(String, String)] = [
            ("Aantal", "leerlingen/"), ("Aantal leerlingen/", "studenten"), ("Aantal", "aangesloten"),
            ("Aantal aangesloten", "schoolbesturen"), ("Aantal aangesloten schoolbesturen", "(po)"),
            ("Aantal aangesloten schoolbesturen", "(vo)"), ("Aantal aangesloten", "mbo-"), ("Aantal aangesloten mbo-", "instellingen"),
            ("Aangesloten", "opleiders"), ("Aantal leerlingen/", "stude\u{301}nten"), ("Aantal leerlingen/", "studénten"),
            ("Aantal le\u{301}erlingen/", "studenten"), ("Aantal léerlingen/", "studenten"), ("aantal", ""), ("", "studenten"),
        ]
        var memo = FigureLabelMemo()
        for round in 0..<3 {
            for (label, words) in steps {
                let continued = memo.continuing(label, with: words)
                let joined = label + " " + words
                #expect(Array(continued.text.utf8) == Array(joined.utf8), "\(joined.debugDescription) (round \(round))")
                #expect(continued.kind == FigureLabel.kind(of: joined), "\(joined.debugDescription) (round \(round))")
            }
        }
        for n in 0..<(FigureLabelMemo.capacity + 10) {
            #expect(memo.continuing("Aantal leerlingen", with: "\(n)").text == "Aantal leerlingen \(n)")
        }
        #expect(memo.continuing("Aantal leerlingen/", with: "studenten") == ("Aantal leerlingen/ studenten", .students))
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
