import Testing
@testable import RegiokaartCore

/// `FuzzyRule` rules candidates out by length and letter counts before measuring: it must find
/// exactly what the plain scan (every name measured) finds, on misspellings of every CBS name and
/// on random and hostile names.
@Suite struct FuzzyRuleScanTests {
    static let byFolded = MunicipalityMatcher.foldedIndex(Fixture.reference)
    static let rule = FuzzyRule(byFolded: byFolded)

    /// The rule's result by measuring every folded name, in sorted order, keeping the closest.
    static func plainScan(_ folded: String) -> RuleHit? {
        let probe = Array(folded.utf8)
        let bound = EditDistance.bound(forLength: probe.count)
        guard bound > 0 else { return nil }
        var best = bound + 1
        var codes: [String] = []
        var names: [String] = []
        for (key, keyCodes) in byFolded.sorted(by: { $0.key < $1.key }) {
            guard let d = EditDistance.distance(probe, Array(key.utf8), bound: bound), d <= best else { continue }
            if d < best { best = d; codes = []; names = [] }
            for code in keyCodes where !codes.contains(code) { codes.append(code) }
            names.append(key)
        }
        guard !codes.isEmpty else { return nil }
        return RuleHit(codes: codes, detail: "edit distance \(best) (at most \(bound) allowed for \(probe.count) letters) to \(names.joined(separator: ", "))")
    }

    static func probes() -> [String] {
        var random = SeededGenerator(seed: 9)
        let letters = Array("abcdefghijklmnopqrstuvwxyz -'é".unicodeScalars)
        var probes = ["", "veendala", "aarnhem", "bergen", "xxxxxxxxxxxxxxxxxxxxxxxx", String(repeating: "a", count: 300),
                      "nuenen gerwen en nederwetten", "s gravenhage", "sudwest fryslan", "ééééééé"]
        for key in byFolded.keys.sorted() {
            for _ in 0..<3 {
                var s = Array(key.unicodeScalars)
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    let at = Int.random(in: 0..<max(s.count, 1), using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: s.insert(letters.randomElement(using: &random)!, at: min(at, s.count))
                    case 1 where at < s.count: s.remove(at: at)
                    case 2 where at < s.count: s[at] = letters.randomElement(using: &random)!
                    case 3 where at + 1 < s.count: s.swapAt(at, at + 1)
                    default: break
                    }
                }
                probes.append(String(String.UnicodeScalarView(s)))
            }
        }
        for _ in 0..<500 {
            probes.append(String(String.UnicodeScalarView((0..<Int.random(in: 5...16, using: &random)).map { _ in letters.randomElement(using: &random)! })))
        }
        return probes
    }

    @Test func findsWhatThePlainScanFinds() {
        var found = 0
        for probe in Self.probes() {
            let hit = Self.rule.candidates(for: probe, folded: probe)
            let plain = Self.plainScan(probe)
            #expect(hit?.codes == plain?.codes && hit?.detail == plain?.detail, "\(probe)")
            if hit != nil { found += 1 }
        }
        // The misspellings must mostly be found, or the comparison proves little.
        #expect(found > Self.byFolded.count)
    }
}
