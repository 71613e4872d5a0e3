import Testing
@testable import RegiokaartCore

/// `LetterBag.distanceBound` never exceeds the edit distance, and `EditDistance.distance` (its
/// stack-buffer table) agrees with a plain full table, on random and hostile pairs.
@Suite struct LetterBagTests {
    /// The optimal-string-alignment distance by the textbook full table, without bound or early stop.
    static func plainDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let n = a.count, m = b.count
        var d = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { d[i][0] = i }
        for j in 0...m { d[0][j] = j }
        if n == 0 || m == 0 { return d[n][m] }
        for i in 1...n {
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[n][m]
    }

    /// Pairs of a random name and a copy with a few random edits (some bytes non-ASCII, some a
    /// byte 32 apart: the same class in the bag), and the empty name.
    static func pairs() -> [([UInt8], [UInt8])] {
        var random = SeededGenerator(seed: 14)
        let alphabet: [UInt8] = Array("aeinorst- '".utf8) + [0x41, 0x61, 0xC3, 0xA9, 0x21, 0x01]
        let a127 = [UInt8](repeating: 0x61, count: 127)
        var pairs: [([UInt8], [UInt8])] = [([], []), ([], Array("ab".utf8)), (Array("abc".utf8), []), (a127, []),
                                           (a127, [UInt8](repeating: 0x62, count: 127)), (a127, [UInt8](repeating: 0x41, count: 120)),
                                           ([UInt8](repeating: 0xFF, count: 127), [UInt8](0...126))]
        for _ in 0..<3000 {
            let a = (0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            var b = a
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let at = Int.random(in: 0...b.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: b.insert(alphabet.randomElement(using: &random)!, at: at)
                case 1 where at < b.count: b.remove(at: at)
                case 2 where at < b.count: b[at] = alphabet.randomElement(using: &random)!
                case 3 where at + 1 < b.count: b.swapAt(at, at + 1)
                default: break
                }
            }
            pairs.append((a, b))
        }
        return pairs
    }

    @Test func theBoundNeverExceedsTheDistance() {
        for (a, b) in Self.pairs() {
            let bound = LetterBag(a)!.distanceBound(to: LetterBag(b)!)
            #expect(bound <= Self.plainDistance(a, b), "\(a) \(b)")
        }
    }

    @Test func theBoundRulesOutMostUnlikeNames() {
        // Not a correctness claim: a bound that is always 0 would pass the test above.
        #expect(LetterBag(Array("veenendaal".utf8))!.distanceBound(to: LetterBag(Array("groningen".utf8))!) >= 5)
        #expect(LetterBag(Array("abcd".utf8))!.distanceBound(to: LetterBag(Array("badc".utf8))!) == 0)
        #expect(LetterBag([UInt8](repeating: 0x61, count: 128)) == nil)
        #expect(LetterBag([UInt8](repeating: 0x61, count: 127)) != nil)
    }

    @Test func theBoundedDistanceAgreesWithThePlainTable() {
        for (a, b) in Self.pairs() {
            let plain = Self.plainDistance(a, b)
            for bound in 0...4 {
                #expect(EditDistance.distance(a, b, bound: bound) == (plain <= bound ? plain : nil), "\(a) \(b) \(bound)")
            }
        }
    }
}
