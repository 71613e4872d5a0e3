/// A misspelling: the CBS names within a small edit distance of the folded name, keeping only the closest.
/// Several municipalities at the same smallest distance are an ambiguity for the geography, never a
/// coin toss; a single one is placed when it lies among the card's other municipalities.
struct FuzzyRule: MatchRule {
    let kind = MatchKind.fuzzy
    /// A misspelling can be closest to a municipality at the other end of the country (`Veendala`,
    /// a typo of the typo `Veendaal` for Veenendaal, is closest to Veendam): the card's geography must agree.
    let geography = GeographyCheck.confirmsEvery
    let keys: [(key: [UInt8], folded: String, codes: [String])]

    /// `byFolded`: `MunicipalityMatcher.foldedIndex` of the reference data.
    init(byFolded: [String: [String]]) {
        keys = byFolded.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.key, $0.value) }
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        let probe = Array(folded.utf8)
        let bound = EditDistance.bound(forLength: probe.count)
        guard bound > 0 else { return nil }
        var best = bound + 1
        var codes: [String] = []
        var names: [String] = []
        for entry in keys {
            guard let d = EditDistance.distance(probe, entry.key, bound: min(bound, best)) else { continue }
            if d < best { best = d; codes = []; names = [] }
            for code in entry.codes where !codes.contains(code) { codes.append(code) }
            names.append(entry.folded)
        }
        guard !codes.isEmpty else { return nil }
        return RuleHit(codes: codes, detail: "edit distance \(best) (at most \(bound) allowed for \(probe.count) letters) to \(names.joined(separator: ", "))")
    }
}
