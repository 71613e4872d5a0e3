import Testing
@testable import RegiokaartCore

/// `FigureQualifier`: what it reads, and that its byte test (`mayQualify`) never hides a line the
/// full reading qualifies.
struct FigureQualifierTests {
    @Test(arguments: [
        ("ca. 70.780", "approximate"), ("CA.70.780", "approximate"), ("  ± 70 780", "approximate"), ("ruim 12.000", "approximate"),
        ("meer dan 12.000", "approximate"), ("~12.000", "approximate"), ("≈ 12.000", "approximate"),
        ("70.780 leerlingen", "unit"), ("70.780\tLeerlingen", "unit"), ("12 Besturen ", "unit"), ("3 mbo-instellingen", "unit"),
        ("１２.０００", "digits"), ("\u{00A0}ca. 70.780", "approximate"),
    ])
    func aQualifiedValueIsRead(line: String, kind: String) {
        let read = FigureQualifier.of(line)
        switch (read, kind) {
        case (.approximate?, "approximate"), (.unit?, "unit"), (.nonASCIIDigits?, "digits"): break
        default: Issue.record("\(line.debugDescription) read as \(String(describing: read)), expected \(kind)")
        }
    }

    @Test(arguments: ["70.780", "70 780", " 1.234 ", "Amsterdam", "Regio 2", "Rijk van Nijmegen 17", "Totaal 12", "ca.", "Aantal leerlingen 70.780",
                      "12.000 leerlingen en meer", "", "   "])
    func otherLinesAreNotQualified(line: String) {
        #expect(FigureQualifier.of(line) == nil)
        var copy = line
        // The plain ASCII lines among them are settled by the bytes alone.
        if !line.unicodeScalars.contains(where: { !$0.isASCII }), !line.contains("ca."), !line.lowercased().hasPrefix("t"),
           !line.lowercased().hasPrefix("r") {
            #expect(!copy.withUTF8 { FigureQualifier.mayQualify($0) }, "\(line.debugDescription) should be settled from its bytes")
        }
    }

    /// Lines made of the pieces the rules look at (approximation words, units, numbers, names,
    /// spaces of every kind, capitals): whenever the full reading qualifies one, the byte test passes it.
    @Test(arguments: 0..<8)
    func theByteTestLosesNoQualifiedLine(seed: UInt64) {
        var random = SeededGenerator(seed: 0xF16 + seed)
        let pieces = FigureQualifier.approximations + FigureQualifier.units
            + ["70.780", "12", "1 234", "７０", "Amsterdam", "Regio", "O12", "x", "-", "/", ".", ",", "(po)"]
        let spaces = ["", " ", "  ", "\t", "\u{00A0}", "\u{202F}"]
        var qualified = 0
        for _ in 0..<3_000 {
            var line = spaces.randomElement(using: &random)!
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                var piece = pieces.randomElement(using: &random)!
                if Bool.random(using: &random) { piece = piece.uppercased() }
                line += piece + spaces.randomElement(using: &random)!
            }
            let full = FigureQualifier.reading(line)
            if full != nil { qualified += 1 }
            var copy = line
            #expect(full == nil || line.utf8.count > 96 || copy.withUTF8 { FigureQualifier.mayQualify($0) },
                    "the byte test hides \(line.debugDescription), read as \(String(describing: full))")
        }
        // The generator does make qualified lines (the test would prove nothing otherwise).
        #expect(qualified > 40)
    }
}
