import Testing
@testable import RegiokaartCore

/// The invisible characters: removed from a name, shown in a finding, and found again in a line's
/// printing around a piece read from the line without them.
@Suite struct InvisibleCharactersTests {
    @Test func removedAndShown() {
        #expect(InvisibleCharacters.removed(from: "Amster\u{200B}dam\u{00AD}") == "Amsterdam")
        #expect(InvisibleCharacters.removed(from: "Amsterdam") == nil)
        #expect(InvisibleCharacters.shown("Amster\u{200B}dam\u{FEFF}") == "Amster<U+200B>dam<U+FEFF>")
    }

    /// A piece of a line read without its invisible characters ("Aalten" in "- Aalten, Epe") is
    /// found in the line as printed with the characters inside and directly around it.
    @Test(arguments: [
        ("Amsterdam", "- Amster\u{200B}dam", "Amster\u{200B}dam"),
        ("Aalten", "- \u{FEFF}Aalten\u{200D}, Epe", "\u{FEFF}Aalten\u{200D}"),
        ("Epe", "- Aalten,\u{00AD} \u{2060}E\u{00AD}pe\u{200C}", "\u{2060}E\u{00AD}pe\u{200C}"),
        ("Olst-Wijhe", "Verzorgings\u{00AD}gebied: Olst-\u{2060}Wijhe", "Olst-\u{2060}Wijhe"),
        ("Epe", "- Epe", "Epe"),
    ])
    func aPieceIsFoundInItsLinesPrinting(piece: String, printed: String, expected: String) {
        #expect(InvisibleCharacters.printing(of: piece, in: printed) == expected)
    }

    @Test func aPieceTheLineDoesNotHoldIsNotFound() {
        #expect(InvisibleCharacters.printing(of: "Ede", in: "- E\u{200B}pe") == nil)
        #expect(InvisibleCharacters.printing(of: "", in: "- E\u{200B}pe") == nil)
    }
}
