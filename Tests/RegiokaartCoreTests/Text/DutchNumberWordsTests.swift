import Testing
@testable import RegiokaartCore

/// Dutch number words as the articles write counts ("zevenentwintig voorlopers", "zes thema's").
@Suite struct DutchNumberWordsTests {
    /// Every number from 1 to 99 spelt the way Dutch spells it, built here from the parts independently
    /// of the parser's tables: the units and teens as they are, a ten alone, or unit + "en"/"ën" + ten.
    static func spelt(_ n: Int) -> String {
        let small = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
                     "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
        let tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
        if n < 20 { return small[n] }
        let unit = n % 10
        guard unit > 0 else { return tens[n / 10] }
        // "ën" after a unit ending in "e": tweeëntwintig, drieëndertig.
        return small[unit] + (small[unit].hasSuffix("e") ? "ën" : "en") + tens[n / 10]
    }

    @Test func oneToNinetyNine() {
        for n in 1...99 {
            #expect(DutchNumberWords.value(Self.spelt(n)) == n, "\(Self.spelt(n))")
        }
        #expect(DutchNumberWords.value("één") == 1)
        #expect(DutchNumberWords.value("honderd") == 100)
        #expect(DutchNumberWords.value("tweeentwintig") == 22)  // the diaeresis left out
    }

    @Test func otherWordsAreNoNumbers() {
        for word in ["aantal", "zevenen", "entwintig", "ééntwintig", "twintigen", "tientwintig", "negentigen", "", "voorlopers", "27"] {
            #expect(DutchNumberWords.value(word) == nil, "\(word)")
        }
    }

    @Test func voorloperCountsInWords() {
        let at = SourceLocation(file: "a", line: 1)
        #expect(VoorloperExtractor.countClaims(in: "Zevenentwintig voorlopers definitief van start!", at: at).map(\.value) == [27])
        #expect(VoorloperExtractor.countClaims(in: "Er gaan zeventien definitieve voorlopers aan de slag", at: at).map(\.value) == [17])
        #expect(VoorloperExtractor.countClaims(in: "Er gaan tweeëntwintig voorlopers aan de slag", at: at).map(\.value) == [22])
        // "een aantal voorlopers" states no count.
        #expect(VoorloperExtractor.countClaims(in: "Een aantal voorlopers deelt ervaringen", at: at).isEmpty)
        #expect(VoorloperExtractor.countClaims(in: "een groep voorlopers", at: at).isEmpty)
    }

    @Test func themeCountsUseTheSameWords() {
        let at = SourceLocation(file: "a", line: 1)
        #expect(ThemePageExtractor.wordClaims(in: "De publicatie kent zes thema's", at: at).map(\.value) == [6])
        #expect(ThemePageExtractor.wordClaims(in: "Dertien thema's en vijftien THEMA’S", at: at).map(\.value) == [13, 15])
    }
}
