/// A misspelling: the CBS names within a small edit distance of the folded name, keeping only the closest.
/// Several municipalities at the same smallest distance are an ambiguity for the geography, never a
/// coin toss; a single one is placed when it lies among the card's other municipalities.
struct FuzzyRule: MatchRule {
    let kind = MatchKind.fuzzy
    /// A misspelling can be closest to a municipality at the other end of the country (`Veendala`,
    /// a typo of the typo `Veendaal` for Veenendaal, is closest to Veendam): the card's geography must agree.
    let geography = GeographyCheck.confirmsEvery
    let keys: [(key: [UInt8], folded: String, codes: [String])]
    /// Each key's length and letter counts, apart from the keys: the scan reads only these for
    /// nearly every key, and copying the keys' arrays and strings cost more than the test itself.
    let lengths: [Int]
    let bags: [LetterBag?]

    /// `byFolded`: `MunicipalityMatcher.foldedIndex` of the reference data.
    init(byFolded: [String: [String]]) {
        keys = byFolded.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.key, $0.value) }
        lengths = keys.map { $0.key.count }  // A closure, not a key path: a key path on a tuple is read through the runtime, 2,000 instructions a key.
        bags = keys.map { LetterBag($0.key) }
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        let probe = Array(folded.utf8)
        let bound = EditDistance.bound(forLength: probe.count)
        guard bound > 0 else { return nil }
        let probeBag = LetterBag(probe)
        var best = bound + 1
        var codes: [String] = []
        var names: [String] = []
        for i in keys.indices {
            let limit = min(bound, best)
            // Lengths, then letter counts, rule out nearly every name before a distance table is filled.
            guard abs(lengths[i] - probe.count) <= limit else { continue }
            if let probeBag, let bag = bags[i], probeBag.distanceBound(to: bag) > limit { continue }
            guard let d = EditDistance.distance(probe, keys[i].key, bound: limit) else { continue }
            if d < best { best = d; codes = []; names = [] }
            for code in keys[i].codes where !codes.contains(code) { codes.append(code) }
            names.append(keys[i].folded)
        }
        guard !codes.isEmpty else { return nil }
        return RuleHit(codes: codes, detail: "edit distance \(best) (at most \(bound) allowed for \(probe.count) letters) to \(names.joined(separator: ", "))")
    }
}
