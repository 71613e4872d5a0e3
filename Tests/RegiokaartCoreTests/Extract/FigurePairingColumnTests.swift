import Testing
@testable import RegiokaartCore

/// `FigurePairing`'s `column` rule: a row of labels then a row of as many values (a horizontal
/// table) pairs by position, and only that shape does; anything else is left to the other rules.
@Suite struct FigurePairingColumnTests {
    /// Tokens from a pattern: "L" a label, "V" a value, each on the next line; "LV" on one line.
    static func tokens(_ pattern: [String]) -> [FigureToken] {
        var tokens: [FigureToken] = []
        for (line, cell) in pattern.enumerated() {
            for role in cell {
                tokens.append(FigureToken(role: role == "V" ? .value : .label, text: "\(role)\(tokens.count)", firstLine: line, lastLine: line))
            }
        }
        return tokens
    }

    @Test(arguments: [FigurePairing.Order.valueFirst, .labelFirst, nil])
    func aRowOfLabelsThenARowOfValuesPairsByColumn(document: FigurePairing.Order?) {
        let result = FigurePairing.pair(Self.tokens(["L", "L", "L", "L", "L", "V", "V", "V", "V", "V"]), document: document)
        #expect(result.pairs.map { [$0.label, $0.value] } == [[0, 5], [1, 6], [2, 7], [3, 8], [4, 9]])
        #expect(result.pairs.allSatisfy { $0.rule == .column })
        #expect(result.unpaired.isEmpty && result.valuesWithoutLabel.isEmpty && result.labelsWithoutValue.isEmpty)
    }

    @Test func aRowOfValuesThenARowOfLabelsPairsByColumn() {
        let result = FigurePairing.pair(Self.tokens(["V", "V", "V", "L", "L", "L"]), document: nil)
        #expect(result.pairs.map { [$0.label, $0.value] } == [[3, 0], [4, 1], [5, 2]])
    }

    /// Two labels then two values may be a label whose value is missing beside a stray number; a
    /// value short, or a value and a label on one line, is no table: none of them pairs by column.
    @Test(arguments: [["L", "L", "V", "V"], ["L", "L", "L", "V", "V"], ["L", "L", "L", "V", "V", "V", "V"], ["L", "L", "LV", "V", "V"],
                      ["L", "V", "L", "V", "L", "V"]])
    func anyOtherShapeIsLeftToTheOtherRules(pattern: [String]) {
        let result = FigurePairing.pair(Self.tokens(pattern), document: nil)
        #expect(!result.pairs.contains { $0.rule == .column }, "\(pattern)")
    }
}
