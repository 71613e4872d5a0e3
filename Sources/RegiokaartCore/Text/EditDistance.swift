/// Bounded optimal-string-alignment distance (Levenshtein plus adjacent transposition).
///
/// Hand-written: no package on this machine offers a bounded edit distance, and this is the
/// matcher's inner loop, so it works on byte arrays and stops as soon as the bound is exceeded.
enum EditDistance {
    /// The distance between `a` and `b` if it is at most `bound`, otherwise nil.
    static func distance(_ a: [UInt8], _ b: [UInt8], bound: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > bound { return nil }
        if n == 0 || m == 0 { return max(n, m) <= bound ? max(n, m) : nil }
        // The three rows in one stack buffer, read through unchecked pointers: the fuzzy rules call this
        // for every municipality of every unmatched name, and three heap arrays per call were most of its cost.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    var previous2 = rows.baseAddress!, previous = previous2 + (m + 1), current = previous + (m + 1)
                    for j in 0...m { previous2[j] = 0; previous[j] = j; current[j] = 0 }
                    for i in 1...n {
                        current[0] = i
                        var rowMinimum = i
                        for j in 1...m {
                            let cost = a[i - 1] == b[j - 1] ? 0 : 1
                            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                                value = min(value, previous2[j - 2] + 1)
                            }
                            current[j] = value
                            rowMinimum = min(rowMinimum, value)
                        }
                        if rowMinimum > bound { return nil }
                        (previous2, previous, current) = (previous, current, previous2)
                    }
                    return previous[m] <= bound ? previous[m] : nil
                }
            }
        }
    }

    /// The largest distance the fuzzy matcher accepts for a folded name of `length` characters:
    /// none for very short names, where one edit makes another real name (`ShortFuzzyRule` reads
    /// those, one edit and only with the card's geography agreeing).
    static func bound(forLength length: Int) -> Int {
        switch length {
        case ..<5: 0
        case ..<8: 1
        case ..<12: 2
        default: 3
        }
    }
}
