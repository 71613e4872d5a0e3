import Foundation
import Testing
@testable import RegiokaartCore

/// The byte-level shortcuts must answer exactly as the String/Foundation calls they replace.
@Suite struct ASCIIFastPathTests {
    /// Lines chosen to reach every branch: ASCII, case, combining marks right after a prefix,
    /// characters whose case mapping is ASCII (Kelvin sign, dotted İ, ß, ligatures), no-break and
    /// other spaces at the ends, tabs, control characters, CRLF.
    static let lines: [String] = [
        "", " ", "\t", "Aantal", "aantal", "AANTAL leerlingen", "Aantal\u{301} x", "Aantaĺ",
        "Aangesloten opleiders", "aangeslotenx", "\u{212A}aantal", "İnstelling", "Thema: Lerarentekort",
        "THEMA:x", "thema:\u{301}", "[TERUG NAAR PO KAART >](#)", "[terug naar", "ﬅerug", "Terug naar", "TERUG NAA",
        "Verzorgingsgebied", "verzorgingsgebied:", "Deelnemende gemeenten", "deelnemende  gemeenten",
        "  Arnhem  ", "\u{A0}Arnhem", "Arnhem\u{A0}", "\u{202F}49\u{202F}", "\tTiel\t", "Súdwest-Fryslân",
        "Den  Haag", "Den\tHaag", "a\u{0B}b", "a\r\nb", "x\u{200B}y", " \u{3000} ", "Studenten", "(po)",
        "49 onderwijsregio's", "Onderwijsregio's", "ONDERWIJSREGIO’S", "alle 49  onderwijsregio’s in beeld",
        "de onderwijsregio", "onderwijsregio", "12 Onderwijsregio's.", "\u{212A}",
    ]

    @Test func casePrefixes() {
        let lower: [StaticString] = ["aantal", "aangesloten", "thema:", "verzorgingsgebied", "deelnemende gemeenten", "instelling", "studenten"]
        for line in Self.lines {
            for prefix in lower {
                #expect(ASCIIFastPath.lowercasedHasPrefix(line, prefix) == line.lowercased().hasPrefix(prefix.description), "\(line) / \(prefix)")
            }
            for prefix: StaticString in ["[TERUG NAAR", "TERUG NAAR"] {
                #expect(ASCIIFastPath.uppercasedHasPrefix(line, prefix) == line.uppercased().hasPrefix(prefix.description), "\(line)")
            }
        }
    }

    @Test func trimming() {
        for line in Self.lines {
            #expect(ASCIIFastPath.trimmingWhitespaces(line) == line.trimmingCharacters(in: .whitespaces), "\(line.debugDescription)")
        }
    }

    /// Foundation's `.whitespaces` without U+200B: the oracle of `scalarTrimmed(_:zeroWidthSpace: false)`.
    static let blanksButZeroWidthSpace = CharacterSet.whitespaces.subtracting(CharacterSet(charactersIn: "\u{200B}"))

    /// Every scalar of the Basic Multilingual Plane (and a few beyond it) at either end of a line, alone,
    /// doubled and before a combining mark: trimmed as Foundation trims it (the oracle), on the scalars.
    @Test func trimmingEveryScalarAsFoundationDoes() {
        var mismatches: [String] = []
        for value in Array(0..<0x1_0000) + [0x1_F600, 0xE_0020, 0x10_FFFD] {
            guard let scalar = Unicode.Scalar(value) else { continue }  // the surrogates
            let s = String(Character(scalar))
            for line in [s, s + "a" + s, s + s + "\u{301}a b" + s + s, "a" + s, "\t" + s + "a\u{A0}"] {
                let expected = line.trimmingCharacters(in: .whitespaces)
                if ASCIIFastPath.scalarTrimmed(line) != expected || ASCIIFastPath.trimmingWhitespaces(line) != expected {
                    mismatches.append("U+" + String(value, radix: 16, uppercase: true) + " in " + line.debugDescription)
                }
                if ASCIIFastPath.scalarTrimmed(line, zeroWidthSpace: false) != line.trimmingCharacters(in: Self.blanksButZeroWidthSpace) {
                    mismatches.append("U+" + String(value, radix: 16, uppercase: true) + " kept-U+200B in " + line.debugDescription)
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func collapsingWhitespace() {
        let slow = NameFolding.collapseUnicodeWhitespace
        for line in Self.lines + [" a  b ", "a b", "a\u{0C}b", "a \u{0A} b\u{0D}"] {
            #expect(NameFolding.collapseWhitespace(line) == slow(line), "\(line.debugDescription)")
        }
    }

    @Test func foldingASCIIMatchesFoundation() {
        for name in ["West Betuwe", "'s-Gravenhage", "Hengelo (O.)", "AArnhem", "Bergen (NH.)", "IJsselstein", "a-b_c.d"] {
            let foundation = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            let expected = String(String.UnicodeScalarView(foundation.unicodeScalars.filter {
                ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39)
            }))
            #expect(NameFolding.fold(name) == expected)
        }
        #expect(NameFolding.fold("Súdwest-Fryslân") == "sudwestfryslan")
    }

    @Test func bulletItemsKeepTheirMeaning() {
        #expect(CardMarkers.bulletItems("- Aalten") == ["Aalten"])
        #expect(CardMarkers.bulletItems("-Aalten") == nil)
        #expect(CardMarkers.bulletItems("-\tDen  Haag ") == ["Den Haag"])
        #expect(CardMarkers.bulletItems("• Groningen • Friesland") == ["Groningen", "Friesland"])
        #expect(CardMarkers.bulletItems("* Tiel * Culemborg") == ["Tiel", "Culemborg"])
        #expect(CardMarkers.bulletItems("• Súdwest-Fryslân") == ["Súdwest-Fryslân"])
        #expect(CardMarkers.bulletItems("-  ") == [])
        #expect(CardMarkers.bulletItems("Aalten") == nil)
    }

    @Test func figureLabels() {
        #expect(FigureLabel.kind(of: "Aantal leerlingen/ studenten") == .students)
        #expect(FigureLabel.kind(of: "Aantal aangesloten schoolbesturen (po)") == .schoolBoardsPO)
        #expect(FigureLabel.kind(of: "AANTAL AANGESLOTEN SCHOOL-BESTUREN (VO)") == .schoolBoardsVO)
        #expect(FigureLabel.kind(of: "Aantal mbo-instellingen") == .mboInstitutions)
        #expect(FigureLabel.kind(of: "Aangesloten opleiders") == .teacherTrainingInstitutions)
        #expect(FigureLabel.kind(of: "Aantal léérlingen") == nil)
        #expect(FigureLabel.kind(of: "Leerlingen") == nil)
    }

    @Test func countClaimFilterKeepsEveryClaim() {
        let extractor = PublicationExtractor()
        for line in Self.lines where line.lowercased().contains("onderwijsregio") {
            let lower = line.lowercased()
            let words = lower.split(separator: " ")
            let inline = words.indices.contains { w in
                w > 0 && (words[w].hasPrefix("onderwijsregio's") || words[w].hasPrefix("onderwijsregio’s")) && (Int(words[w - 1]) ?? 0) > 0
            }
            let atStart = lower.hasPrefix("onderwijsregio's") || lower.hasPrefix("onderwijsregio’s")
            if inline { #expect(extractor.mayHoldCountClaim(line, atStart: false), "\(line)") }
            if atStart { #expect(extractor.mayHoldCountClaim(line, atStart: true), "\(line)") }
        }
        #expect(!extractor.mayHoldCountClaim("Onderwijsregio's vormen een basis", atStart: false))
    }
}
