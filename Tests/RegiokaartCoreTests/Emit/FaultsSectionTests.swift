import Testing
@testable import RegiokaartCore

/// The report's lists of gaps and overlaps per sector: at most `linesPerSector` lines of names, the
/// rest counted, and the names past the last line shown never made (an archive has tens of thousands).
@Suite struct FaultsSectionTests {
    /// A sequence of `names` that counts how many were taken from it.
    final class Counting: Sequence {
        let names: [String]
        var taken = 0
        init(_ names: [String]) { self.names = names }
        func makeIterator() -> AnyIterator<String> {
            var i = 0
            return AnyIterator { [self] in
                guard i < names.count else { return nil }
                defer { i += 1 }
                taken += 1
                return names[i]
            }
        }
    }

    static func names(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { n in "Gemeente\(n)" + String(repeating: "x", count: Int.random(in: 0...30, using: &random)) }
    }

    @Test(arguments: [1, 7, 60, 5000])
    func theLinesShownAndTheRestCountedAddUpToEveryName(count: Int) {
        let names = Self.names(count, seed: UInt64(count))
        let counting = Counting(names)
        let lines = FaultsSection.chunks(.po, counting, count: count).map { $0.map(\.text).joined() }
        #expect(lines.first?.hasPrefix("po (\(count)): ") == true)
        let listed = lines.filter { !$0.contains("more: see") }.flatMap { line in
            line.split(separator: ": ", maxSplits: 1)[1].split(separator: ", ").map(String.init)
        }
        #expect(listed == Array(names.prefix(listed.count)), "the names shown are the first ones, in order")
        #expect(lines.filter { !$0.contains("more: see") }.count <= FaultsSection.linesPerSector)
        if listed.count < count {
            #expect(lines.last == "po, … and \(count - listed.count) more: see municipalities.csv")
            #expect(counting.taken <= listed.count + 1, "names past the last line are not made")
        } else {
            #expect(!lines.contains { $0.contains("more: see") })
        }
    }
}
