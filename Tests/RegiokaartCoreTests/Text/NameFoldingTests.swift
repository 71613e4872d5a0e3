import Testing
@testable import RegiokaartCore

@Suite struct NameFoldingTests {
    @Test func foldKeepsOnlyLowerCasedASCIILettersAndDigits() {
        #expect(NameFolding.fold("Hengelo (O.)") == "hengeloo")
        #expect(NameFolding.fold("AArnhem 12") == "aarnhem12")
        #expect(NameFolding.fold("") == "")
        #expect(NameFolding.fold(" -'()., ") == "")
        // Non-ASCII: folded by Foundation first, then anything still outside ASCII is dropped.
        #expect(NameFolding.fold("Ａｍｓｔｅｌ") == "amstel")          // full-width letters
        #expect(NameFolding.fold("Ĳsselstein") == "sselstein")         // the ligature has no ASCII folding
        #expect(NameFolding.fold("Noardeast-Fryslân\u{00A0}🙂") == "noardeastfryslan")
        #expect(NameFolding.fold("ZÜRICH\u{0301}") == "zurich")
    }

    @Test func foldsCaseDiacriticsSpacesAndHyphens() {
        #expect(NameFolding.fold("Súdwest-Fryslân") == NameFolding.fold("Sudwest-Fryslan"))
        #expect(NameFolding.fold("West Betuwe") == NameFolding.fold("Westbetuwe"))
        #expect(NameFolding.fold("'s-Gravenhage") == "sgravenhage")
    }

    @Test func stripsTheCBSQualifier() {
        #expect(NameFolding.withoutQualifier("Hengelo (O.)") == "Hengelo")
        #expect(NameFolding.withoutQualifier("Bergen (NH.)") == "Bergen")
        #expect(NameFolding.withoutQualifier("Arnhem") == "Arnhem")
    }

    @Test func collapsesEveryKindOfWhitespace() {
        #expect(NameFolding.collapseWhitespace("  Oost\u{00A0}\u{00A0}Gelre \t") == "Oost Gelre")
    }

    @Test func makesSlugs() {
        #expect(Slug.make("Zeeuwse Onderwijsregio (ZOR)") == "zeeuwse-onderwijsregio-zor")
        #expect(Slug.make("Twente & Omstreken") == "twente-omstreken")
        #expect(Slug.make("'s-Hertogenbosch") == "s-hertogenbosch")
    }

    /// `Slug.make` as it was written, scalar by scalar.
    static func referenceSlug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(v) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(Unicode.Scalar(v + 0x20)!)
            } else if scalar != "'" && scalar != "’" {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "region" : result
    }

    /// The slug read on bytes is the slug read scalar by scalar: on the real names and on every
    /// scalar of the Basic Multilingual Plane between, before and after letters.
    @Test func slugsOnBytesAreTheScalarSlugs() {
        var names = RealInput.dataset.regions.flatMap { [$0.name, $0.nameAsPublished] }
        names += ["", " ", "’", "'", "’s-Hertogenbosch", "a’b", "a'b", "Súdwest-Fryslân", "ĲSSELMONDE", "Ｚｗｏｌｌｅ", "a\u{2019}\u{301}b",
                  "--a--", "₂a", "a₂", "Straße", "ﬁets", "İstanbul", "Ǆemal", "e\u{301}e\u{301}n regio", "\u{E2}"]
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            names += value % 7 == 0 ? ["a\(scalar)b", "\(scalar)a", "b\(scalar)"] : ["a\(scalar)b"]
        }
        for name in names {
            #expect(Slug.make(name) == Self.referenceSlug(name), "\(name.debugDescription)")
        }
    }
}

@Suite struct EditDistanceTests {
    func d(_ a: String, _ b: String, _ bound: Int = 5) -> Int? {
        EditDistance.distance(Array(a.utf8), Array(b.utf8), bound: bound)
    }

    @Test func countsInsertionsDeletionsSubstitutionsAndTranspositions() {
        #expect(d("aarnhem", "arnhem") == 1)
        #expect(d("veendaal", "veenendaal") == 2)
        #expect(d("neunen", "nuenen") == 1)
        #expect(d("noorderveld", "noordenveld") == 1)
        #expect(d("abc", "abc") == 0)
    }

    @Test func stopsAtTheBound() {
        #expect(d("amsterdam", "rotterdam", 2) == nil)
        #expect(d("ab", "abcdef", 3) == nil)
    }
}
