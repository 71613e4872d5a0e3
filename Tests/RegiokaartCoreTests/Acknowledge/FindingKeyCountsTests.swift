import Foundation
import Testing
@testable import RegiokaartCore

/// `FindingKeyCounts` replaced a `[NewFindings.Key: Int]`: it must count and find keys exactly as
/// the dictionary did, `String ==` (canonical equivalence) included.
@Suite struct FindingKeyCountsTests {
    typealias Key = NewFindings.Key

    /// Keys that differ only where a careless encoding would mix them up: nil against "", a field's
    /// text moved into the next field, canonically equivalent spellings, long and non-ASCII texts.
    static var keys: [Key] {
        let texts: [String?] = [nil, "", "a", "ab", "é", "e\u{0301}", "Súdwest-Fryslân", "Su\u{0301}dwest-Frysla\u{0302}n",
                                "\u{0000}", "\u{0001}", String(repeating: "x", count: 300), "a b", "a  b", "'s-Gravenhage"]
        var keys: [Key] = []
        for (n, a) in texts.enumerated() {
            for (m, b) in texts.enumerated() where (n + m) % 3 != 1 {
                keys.append(Key(code: "area.unmatched", regionID: a, field: b, rawValue: nil))
                keys.append(Key(code: a ?? "code", regionID: nil, field: nil, rawValue: b))
            }
        }
        return keys
    }

    @Test func countsAndFindsAsADictionary() {
        let all = Self.keys
        // Every third key twice, half of them left out of the baseline.
        let baseline = all.enumerated().flatMap { n, key in n % 2 == 0 ? (n % 3 == 0 ? [key, key] : [key]) : [] }
        let oracle = baseline.reduce(into: [Key: Int]()) { $0[$1, default: 0] += 1 }
        let counts = FindingKeyCounts(baseline)
        for key in all {
            let count = counts.number(of: FindingKeyCounts.digest(key)).map { counts.counts[$0] }
            #expect(count.map(Int.init) == oracle[key], "\(key)")
        }
        #expect(counts.counts.count == oracle.count)
    }

    @Test func newFindingsAreThoseBeyondTheBaselineCounts() {
        func issue(_ raw: String?, _ region: String? = "r") -> RegiokaartCore.Issue {
            RegiokaartCore.Issue(.warning, .areaRepeated, regionID: region, raw: raw, "m")
        }
        let previous = [issue("é"), issue("a  b"), issue("a b"), issue(nil), issue("x", nil)]
        let now = [issue("e\u{0301}"), issue("e\u{0301}"), issue("a b"), issue("a b"), issue("a b"), issue(""), issue(nil), issue("x", "")]
        let new = NewFindings(previous: previous).new(in: now)
        // "é" once (canonically equal), "a b" twice (whitespace collapsed), nil once; "" and region "" are new.
        #expect(new.map(\.rawValue) == ["e\u{0301}", "a b", "", "x"])
    }
}
