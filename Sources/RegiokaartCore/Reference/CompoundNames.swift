/// The reference names that hold a list separator themselves ("Nuenen, Gerwen en Nederwetten",
/// "Gilze en Rijen", the place "Beek en Donk"): a line of names is never split inside one of them,
/// nor inside a misspelling of one (the real publication prints "Neunen, Gewen en Nederwetten").
///
/// Drawn from the municipalities, the places, the former municipalities, the provinces and the
/// steward's aliases; compared folded (`NameFolding.fold`), within the edit distance the fuzzy
/// rule allows for the length (`EditDistance.bound`).
struct CompoundNames: Sendable {
    /// The folded names, as bytes.
    let keys: [[UInt8]]
    /// `keys` as a set, for the exact lookup that settles most probes.
    private let exact: Set<[UInt8]>
    /// The letter bag of each key (nil for a key too long for one), a cheap lower bound on the edit
    /// distance that spares most fuzzy comparisons.
    private let bags: [LetterBag?]
    /// The most pieces (cut at separators) any of the names has.
    let maximumPieces: Int
    /// The labels a name may carry ("Gemeente Nuenen, Gerwen en Nederwetten" is the compound name).
    let labels: NameLabels

    init(reference: ReferenceData) {
        var names = reference.municipalities.map(\.name) + reference.mergers.map(\.oldName) + reference.aliases.map(\.name)
        names += reference.provinces.flatMap { [$0.name] + $0.aliases }
        names += reference.places.map(\.name)
        // Only a name with a separator's bytes can have pieces: the bytes sort out the ~2,900 names
        // before the `Character` walk (cutting every name cost ~10 M instructions a run).
        let compound = Set(names.filter { Self.mayHaveSeparator($0) && Self.pieceRanges(in: $0).count > 1 })
        keys = compound.sorted().map { Array(NameFolding.fold($0).utf8) }
        exact = Set(keys)
        bags = keys.map(LetterBag.init)
        maximumPieces = compound.map { Self.pieceRanges(in: $0).count }.max() ?? 1
        labels = NameLabels(reference: reference)
    }

    /// False when `text` has no list separator (`ListSeparators`) or " en " in its bytes, so
    /// `pieceRanges` gives one piece.
    static func mayHaveSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in ListSeparators.mayHoldOne(bytes) || bytes.indexPast(" en ", from: 0) != nil }
    }

    /// True when `text` may have a list separator (`ListSeparators`), or " en " in any ASCII case: an
    /// entry that may hold several names (one loop over the bytes: it is asked of every area entry).
    static func mayHoldSeveral(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            ListSeparators.mayHoldOne(bytes) || (bytes.count > 6 && ASCIIFastPath.mayContainLowercased(bytes, " en "))
        }
    }

    /// Whether `text` is one of the names, or within the fuzzy rule's distance of one, also with a
    /// label (`NameLabels`: "Gemeente Gilze en Rijen") left out.
    func contains(_ text: String) -> Bool {
        containsAsPrinted(text) || labels.reading(of: text).map { contains($0.rest) } == true
    }

    /// `contains` without leaving a label out.
    func containsAsPrinted(_ text: String) -> Bool {
        let probe = Array(NameFolding.fold(text).utf8)
        if exact.contains(probe) { return true }
        let bound = EditDistance.bound(forLength: probe.count)
        let bag = LetterBag(probe)
        return keys.indices.contains { k in
            let key = keys[k]
            guard abs(key.count - probe.count) <= bound else { return false }
            if let bag, let keyBag = bags[k], bag.distanceBound(to: keyBag) > bound { return false }
            return EditDistance.distance(probe, key, bound: bound) != nil
        }
    }

    /// The ranges of the pieces of `text` cut at its list separators (`ListSeparators`: commas,
    /// semicolons, a spaced "·", "•" or "|"), and at " en " (a word between spaces) in the part after
    /// the last of them ("A, B en C") or, when there is none, anywhere. Each piece is trimmed of
    /// whitespace; empty pieces are left out.
    static func pieceRanges(in text: String) -> [Range<String.Index>] {
        var parts: [Range<String.Index>] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            if ListSeparators.separates(text, at: i) {
                parts.append(start..<i)
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        // The last part: " en " between its words.
        var last = start
        var search = start
        while let hit = text.range(of: " en ", range: search..<text.endIndex) {
            parts.append(last..<hit.lowerBound)
            last = hit.upperBound
            search = hit.upperBound
        }
        parts.append(last..<text.endIndex)
        return parts.compactMap { range in
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
            while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
            return lower < upper ? lower..<upper : nil
        }
    }
}
