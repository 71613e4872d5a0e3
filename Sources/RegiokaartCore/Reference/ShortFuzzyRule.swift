/// A one-letter typo in a short name (fewer than 5 letters, where `FuzzyRule` allows none): the CBS
/// names one edit from the folded name. `Osss` → Oss. A single candidate is placed only when the
/// card's geography agrees; several (`Eqe`: Ede or Epe) are an ambiguity, never a pick.
struct ShortFuzzyRule: MatchRule {
    let kind = MatchKind.shortFuzzy
    let geography = GeographyCheck.confirmsOnlyOne
    /// Folded names from 1 to 5 letters: the only ones one edit away from a name of 2 to 4 letters.
    let keys: [(key: [UInt8], folded: String, codes: [String])]
    /// The lengths of folded name this rule reads.
    static let lengths = 2...4

    /// `byFolded`: `MunicipalityMatcher.foldedIndex` of the reference data.
    init(byFolded: [String: [String]]) {
        keys = byFolded.filter { (Self.lengths.lowerBound - 1...Self.lengths.upperBound + 1).contains($0.key.utf8.count) }
            .sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.key, $0.value) }
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        let probe = Array(folded.utf8)
        guard Self.lengths.contains(probe.count), EditDistance.bound(forLength: probe.count) == 0 else { return nil }
        var codes: [String] = []
        var names: [String] = []
        for entry in keys where EditDistance.distance(probe, entry.key, bound: 1) == 1 {
            for code in entry.codes where !codes.contains(code) { codes.append(code) }
            names.append(entry.folded)
        }
        guard !codes.isEmpty else { return nil }
        return RuleHit(codes: codes, detail: "one edit from \(names.joined(separator: ", ")) (a name of \(probe.count) letters)")
    }
}
