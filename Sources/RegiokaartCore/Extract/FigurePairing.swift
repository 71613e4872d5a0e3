/// Which value of a card's figure block belongs to which label.
///
/// The rules, in order; each pairs only what the ones before it left:
///
/// | rule | pairs | example |
/// |---|---|---|
/// | `separator` | a label and a value with ":" or a tab between them | `Aantal leerlingen/studenten: 70.780` |
/// | `sameLine` | a value and a label that share a line no other figure touches, in the card's order | `70.780 Aantal leerlingen/studenten`, `<span>70.780</span><span>Aantal…` |
/// | `column` | the k-th of a run of labels and the k-th of a run of as many values after it (or before it), each on a line of its own: a table of a row of labels and a row of values | `<tr><th>Aantal leerlingen/studenten</th><th>…</th></tr><tr><td>70.780</td><td>…</td></tr>` |
/// | `order` | neighbours, in the card's order | `70.780` / `Aantal leerlingen/studenten` (text), `<dt>label</dt><dd>value</dd>`, a table row `<th>label</th><td>value</td>` |
///
/// The card's order (value before label, or label before value) is what its unambiguous evidence
/// says: the value–label pairs that share a line, else the shape of the block (strictly alternating,
/// as many values as labels: the first token decides), else the order every other card of the
/// document shows. Evidence that disagrees leaves the order undecided. When the order is undecided,
/// or pairing in it leaves both a value without a label and a label without a value (a value may
/// then belong to the other label: the classic one-slot shift), the pairs between them are not
/// made: each of those values and labels is reported, and no figure is read from them.
enum FigurePairing {
    /// How a value and a label were paired.
    enum Rule: String, CaseIterable {
        case separator
        case sameLine = "same-line"
        case column
        case order
    }

    /// The fewest labels a run must have to be paired by `column`: two labels then two values may
    /// as well be a label whose value is missing beside a stray number.
    static let minimumColumns = 3

    /// The (label, value) pairs of `column` among the tokens not `taken`: when they are a run of n ≥
    /// `minimumColumns` labels then a run of n values (or the values first), every token on a line
    /// of its own, the k-th label with the k-th value. Empty for any other shape.
    static func columnPairs(_ tokens: [FigureToken], taken: [Bool]) -> [(label: Int, value: Int)] {
        let free = tokens.indices.filter { !taken[$0] }
        let n = free.count / 2
        guard n >= minimumColumns, free.count == 2 * n else { return [] }
        let first = free[..<n], second = free[n...]
        let labelsFirst = first.allSatisfy { !tokens[$0].isValue } && second.allSatisfy { tokens[$0].isValue }
        let valuesFirst = first.allSatisfy { tokens[$0].isValue } && second.allSatisfy { !tokens[$0].isValue }
        guard labelsFirst || valuesFirst else { return [] }
        for (a, b) in zip(free, free.dropFirst()) where tokens[a].lastLine >= tokens[b].firstLine { return [] }
        return zip(first, second).map { labelsFirst ? ($0, $1) : ($1, $0) }
    }

    /// Which comes first in a card: its values or its labels.
    enum Order: Equatable {
        case valueFirst
        case labelFirst
    }

    /// The outcome for one card's tokens.
    struct Result {
        /// (label token, value token, rule), in label order.
        var pairs: [(label: Int, value: Int, rule: Rule)] = []
        /// Labels the order leaves without a value (the card omits the value).
        var labelsWithoutValue: [Int] = []
        /// Values that no label claims.
        var valuesWithoutLabel: [Int] = []
        /// Values and labels that could not be paired unambiguously (order undecided, or a possible shift).
        var unpaired: [Int] = []
    }

    /// The tokens bound by a separator: (label, value) index pairs.
    static func separatorPairs(_ tokens: [FigureToken]) -> [(label: Int, value: Int)] {
        var pairs: [(label: Int, value: Int)] = []
        var i = 0
        while i + 1 < tokens.count {
            let a = tokens[i], b = tokens[i + 1]
            if a.separatorAfter, a.role != b.role {
                pairs.append(a.isValue ? (i + 1, i) : (i, i + 1))
                i += 2
            } else {
                i += 1
            }
        }
        return pairs
    }

    /// The order the card's own tokens show, with `bound` (separator-paired) tokens left out;
    /// `.some(nil)` when its evidence disagrees, nil when it has none.
    static func ownOrder(_ tokens: [FigureToken], bound: [Bool]) -> Order?? {
        var valueFirst = false, labelFirst = false
        for i in tokens.indices.dropLast() where !bound[i] && !bound[i + 1] {
            let a = tokens[i], b = tokens[i + 1]
            guard a.role != b.role, a.lastLine == b.firstLine else { continue }
            // The line they share holds no other token.
            let line = a.lastLine
            if i > 0, tokens[i - 1].lastLine >= line { continue }
            if i + 2 < tokens.count, tokens[i + 2].firstLine <= line { continue }
            if a.isValue { valueFirst = true } else { labelFirst = true }
        }
        // The shape: the free tokens alternate strictly, as many values as labels.
        var previous: FigureToken.Role?
        var first: FigureToken.Role?
        var count = 0
        var alternates = true
        for i in tokens.indices where !bound[i] {
            if previous == tokens[i].role { alternates = false; break }
            if first == nil { first = tokens[i].role }
            previous = tokens[i].role
            count += 1
        }
        if alternates, count > 0, count % 2 == 0, let first {
            if first == .value { valueFirst = true } else { labelFirst = true }
        }
        switch (valueFirst, labelFirst) {
        case (false, false): return nil
        case (true, false): return .some(.valueFirst)
        case (false, true): return .some(.labelFirst)
        case (true, true): return .some(nil)
        }
    }

    /// The order of a whole document: the one every card that shows an order agrees on, else nil.
    static func documentOrder(_ cards: [[FigureToken]]) -> Order? {
        documentOrder(orders(cards))
    }

    /// The order of a document whose cards show `orders` (each card's own, where it shows one).
    static func documentOrder(_ orders: Set<Order>) -> Order? {
        orders.count == 1 ? orders.first : nil
    }

    /// The orders `cards` show, each card its own where it shows one.
    static func orders(_ cards: [[FigureToken]]) -> Set<Order> {
        var seen = Set<Order>()
        for tokens in cards {
            var bound = [Bool](repeating: false, count: tokens.count)
            for pair in separatorPairs(tokens) { bound[pair.label] = true; bound[pair.value] = true }
            if case .some(.some(let order)) = ownOrder(tokens, bound: bound) { seen.insert(order) }
        }
        return seen
    }

    /// Pairs the values and labels of one card; `document` is the order of the document's other cards.
    static func pair(_ tokens: [FigureToken], document: Order?) -> Result {
        var result = Result()
        var taken = [Bool](repeating: false, count: tokens.count)
        for pair in separatorPairs(tokens) {
            result.pairs.append((pair.label, pair.value, .separator))
            taken[pair.label] = true
            taken[pair.value] = true
        }
        for pair in columnPairs(tokens, taken: taken) {
            result.pairs.append((pair.label, pair.value, .column))
            taken[pair.label] = true
            taken[pair.value] = true
        }
        let bound = taken
        let order: Order?
        switch ownOrder(tokens, bound: bound) {
        case .none: order = document
        case .some(let own): order = own
        }
        var ordered: [(label: Int, value: Int, rule: Rule)] = []
        ordered.reserveCapacity(tokens.count / 2)  // a pair per figure: no regrowth on every card
        if let order {
            for i in tokens.indices where !taken[i] && !tokens[i].isValue {
                let j = order == .valueFirst ? i - 1 : i + 1
                guard tokens.indices.contains(j), tokens[j].isValue, !taken[j] else { continue }
                let shareLine = tokens[min(i, j)].lastLine == tokens[max(i, j)].firstLine
                ordered.append((i, j, shareLine ? .sameLine : .order))
                taken[i] = true
                taken[j] = true
            }
        }
        let leftLabels = tokens.indices.filter { !taken[$0] && !tokens[$0].isValue }
        let leftValues = tokens.indices.filter { !taken[$0] && tokens[$0].isValue }
        if leftLabels.isEmpty || leftValues.isEmpty {
            // Only labels or only values are left: no value can belong to another label.
            result.labelsWithoutValue = leftLabels
            result.valuesWithoutLabel = leftValues
        } else if order == nil {
            result.unpaired = leftLabels + leftValues
        } else {
            // A value without a label and a label without a value: between them, a value may sit one
            // slot off. Withdraw the pairs made by order there.
            let left = leftLabels + leftValues
            let span = left.min()!...left.max()!
            var kept: [(label: Int, value: Int, rule: Rule)] = []
            var withdrawn: [Int] = []
            for pair in ordered {
                if span.contains(pair.label) || span.contains(pair.value) {
                    withdrawn += [pair.label, pair.value]
                } else {
                    kept.append(pair)
                }
            }
            ordered = kept
            result.unpaired = (left + withdrawn).sorted()
        }
        // (The pairs by order are made in label order: with no separator pairs they are the result as they stand.)
        result.pairs = result.pairs.isEmpty ? ordered : (result.pairs + ordered).sorted { $0.label < $1.label }
        return result
    }
}
