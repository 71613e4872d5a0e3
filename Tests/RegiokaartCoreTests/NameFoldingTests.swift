import Testing
@testable import RegiokaartCore

@Suite struct NameFoldingTests {
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
