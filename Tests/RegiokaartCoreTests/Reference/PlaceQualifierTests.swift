import Foundation
import Testing
@testable import RegiokaartCore

/// `PlaceRule.withoutQualifier` finds the last word from the end; the definition it must keep is
/// "split on spaces, drop a last word of at most three upper-case letters, join with one space".
@Suite struct PlaceQualifierTests {
    static func definition(_ name: String) -> String {
        let base = NameFolding.withoutQualifier(name)
        guard base == name else { return base }
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last, last.count <= 3, last.allSatisfy(\.isUppercase) else { return name }
        return words.dropLast().joined(separator: " ")
    }

    @Test func agreesWithTheDefinitionOnEveryPlaceAndOnHostileNames() throws {
        let reference = try ReferenceLoader.load(directory: Fixture.path("Input/reference"))
        var names = reference.places.map(\.name)
        names += ["Bergen L", "Bergen  L", "Bergen L ", " L", "  AB", "AB", "", " ", "Den Haag ZH", "Oost NB x",
                  "Hengelo (Gld)", "Ée ÉÉ", "a b c D", "Nieuw Vennep NH ", "Sint Jansteen ABCD", "x 𝄞",
                  "Hengelo(Gld)", "Ée(É)", "Ée\u{A0}ÉÉ", "Bergen\tL", "(x)\u{301}", "ÉÉ"]
        for name in names {
            #expect(PlaceRule.withoutQualifier(name) == Self.definition(name), "\(name.debugDescription)")
        }
        // The bytes path on its own, where it answers: every printable-ASCII name not ending in `)`
        // (the parenthesised qualifier is `NameFolding`'s), nothing else.
        names += ["  x   y   Z  ", "x 1A", "x Ab", "x ABC", "x A1", "Z", "x z", "a\tb C", "x\r\nAB", "x ~", "'s-Heer AB",
                  "Bergen (L.)", "Bergen (L.) ", "(AB)", ")", "x) AB", "Hengelo (O) N"]
        for name in names {
            let ascii = PlaceRule.asciiWithoutLetterQualifier(name)
            #expect((ascii != nil) == (name.utf8.allSatisfy { (0x20...0x7E).contains($0) } && !name.hasSuffix(")")),
                    "\(name.debugDescription)")
            if let ascii {
                #expect(ascii == Self.definition(name), "\(name.debugDescription)")
            }
        }
        #expect(PlaceRule.withoutQualifier("Bergen  L") == "Bergen")
        #expect(PlaceRule.withoutQualifier("Den Haag ZH") == "Den Haag")
    }

    /// `PlaceRule.keys(of:)`'s definition: the folded name, and the folded name without its
    /// qualifier when that is another name and folds differently.
    static func keysDefinition(_ name: String) -> (String, String?) {
        let folded = NameFolding.fold(name), base = PlaceRule.withoutQualifier(name)
        guard base != name, NameFolding.fold(base) != folded else { return (folded, nil) }
        return (folded, NameFolding.fold(base))
    }

    @Test func theKeysOfAPlaceAreItsFoldedNameWithAndWithoutQualifier() throws {
        let reference = try ReferenceLoader.load(directory: Fixture.path("Input/reference"))
        var names = reference.places.map(\.name) + reference.municipalities.map(\.name)
        names += ["Bergen L", "Bergen  L", "Bergen L ", " L", "  AB", "AB", "", " ", "Den Haag ZH", "Oost NB x",
                  "Hengelo (Gld)", "Ée ÉÉ", "a b c D", "Nieuw Vennep NH ", "Sint Jansteen ABCD", "x 𝄞",
                  "Hengelo(Gld)", "Ée(É)", "Ée\u{A0}ÉÉ", "Bergen\tL", "(x)\u{301}", "ÉÉ", "  x   y   Z  ", "x 1A",
                  "x Ab", "x ABC", "x A1", "Z", "x z", "a\tb C", "x\r\nAB", "x ~", "'s-Heer AB", "Bergen (L.)",
                  "Bergen (L.) ", "(AB)", ")", "x) AB", "Hengelo (O) N", "Hengelo ()", "Hengelo (-.)", "(", "()", " (x)",
                  "- AB", "-- (x)", "x (y) (z)", "x (y)z)", "x)", "AB C", "a  (b", "Sint-Michielsgestel (NB)", "X (1)"]
        var asciiAnswered = 0
        for name in names {
            let keys = PlaceRule.keys(of: name), expected = Self.keysDefinition(name)
            #expect(keys.folded == expected.0 && keys.foldedBase == expected.1, "\(name.debugDescription)")
            if let ascii = PlaceRule.asciiKeys(of: name) {
                asciiAnswered += 1
                #expect(ascii.folded == expected.0 && ascii.foldedBase == expected.1, "\(name.debugDescription)")
            }
            #expect((PlaceRule.asciiKeys(of: name) != nil) == name.utf8.allSatisfy { (0x20...0x7E).contains($0) },
                    "\(name.debugDescription)")
        }
        #expect(asciiAnswered > 2000)
        for (name, folded, base) in [("Bergen L", "bergenl", "bergen"), ("Hengelo (Gld)", "hengelogld", "hengelo"),
                                     ("Hengelo ()", "hengelo", nil), ("Rosmalen", "rosmalen", nil)] as [(String, String, String?)] {
            let keys = PlaceRule.keys(of: name)
            #expect(keys.folded == folded && keys.foldedBase == base, "\(name)")
        }
    }
}
