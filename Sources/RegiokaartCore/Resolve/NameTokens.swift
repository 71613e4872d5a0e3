/// The words of a region name that tell regions apart, and how alike two such word sets are.
///
/// Words are folded (case and diacritics ignored) and split at anything that is not a letter or digit.
/// Filler words carry no identity and are dropped: "Onderwijsregio", "Regio", "Onderwijs", "en omgeving",
/// "en omstreken", "e.o.", "van", "de", "het", sector codes ("Mbo Noord-Nederland"), and single letters.
struct NameTokens: Hashable, Sendable {
    /// Words that never tell one region from another.
    static let filler: Set<String> = ["onderwijsregio", "onderwijsregios", "regio", "regios", "onderwijs",
                                             "en", "omgeving", "omstreken", "eo", "van", "de", "het", "der",
                                             "po", "vo", "mbo"]

    /// The filler words by byte length, so that a word is compared with the few fillers of its
    /// length instead of hashed: every region name is tokenised on every build, and the hashing
    /// was a fifth of it.
    static let fillerByLength: [[String]] = {
        var table = Array(repeating: [String](), count: (filler.map(\.utf8.count).max() ?? 0) + 1)
        for word in filler { table[word.utf8.count].append(word) }
        return table
    }()

    /// True when `word` is one of `filler`.
    static func isFiller(_ word: String) -> Bool {
        let length = word.utf8.count
        return length < fillerByLength.count && fillerByLength[length].contains(word)
    }

    /// The distinctive words, in order of first appearance.
    let words: [String]
    /// The filler words dropped, for the evidence.
    let dropped: [String]

    init(_ name: String) {
        let folded = Self.foldedWords(name)
        var words: [String] = []
        words.reserveCapacity(folded.count)  // one allocation, not one per doubling: every region name is tokenised
        var dropped: [String] = []
        for word in folded {
            if word.utf8.count < 2 || Self.isFiller(word) {  // folded words are ASCII
                dropped.append(word)
            } else if !words.contains(word) {
                words.append(word)
            }
        }
        self.words = words
        self.dropped = dropped
    }

    /// The words of `name`, split at anything that is not a letter or digit and folded, empty ones
    /// left out: `name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })`, each part through
    /// `NameFolding.fold`. Hand-written for ASCII names (nearly all): there a letter or digit is
    /// [A-Za-z0-9] and folding only lower-cases, so the words are runs of those bytes, lower-cased.
    /// Region names are tokenised once per region on every build, and `Character` splitting plus
    /// a fold per word was most of that time. Other names take the `Character` path.
    static func foldedWords(_ name: String) -> [String] {
        guard ASCIIFastPath.isASCII(name) else { return characterWords(name) }
        var name = name
        return name.withUTF8 { bytes in
            var words: [String] = []
            words.reserveCapacity(4)
            func isLetterOrDigit(_ b: UInt8) -> Bool { NameFolding.isASCIILetterOrDigit(b) }
            var i = 0
            while i < bytes.count {
                guard isLetterOrDigit(bytes[i]) else { i += 1; continue }
                var end = i + 1
                while end < bytes.count, isLetterOrDigit(bytes[end]) { end += 1 }
                // The word lower-cased straight into its storage.
                words.append(String(unsafeUninitializedCapacity: end - i) { out in
                    for k in i..<end { out[k - i] = ASCIIFastPath.lowercase(bytes[k]) }
                    return end - i
                })
                i = end
            }
            return words
        }
    }

    /// `foldedWords` for any name, by `Character` and `NameFolding.fold` (the ASCII path is checked against it).
    static func characterWords(_ name: String) -> [String] {
        name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { NameFolding.fold(String($0)) }.filter { !$0.isEmpty }
    }

    /// How alike two word sets are.
    struct Similarity: Hashable, Sendable {
        /// Matched words over all distinct words (Jaccard): 1 when the sets are the same.
        var score: Double
        /// Pairs matched only within a small edit distance ("amsterdam" ~ "amsterdamse").
        var fuzzyPairs: [String]
    }

    /// Jaccard similarity with each word matched at most once, exactly or as a spelling variant: the
    /// same first three letters and within the fuzzy matcher's edit-distance bound for the shorter word
    /// (1 edit for 5–7 letters, 2 for 8–11: "holland" ~ "hollands", "groen" ~ "groene"; never under 5
    /// letters, and never "nederland" ~ "gelderland").
    func similarity(to other: NameTokens) -> Similarity {
        guard !words.isEmpty, !other.words.isEmpty else { return Similarity(score: 0, fuzzyPairs: []) }
        var unmatched = other.words
        var matched = 0
        var fuzzy: [String] = []
        for word in words {
            if let k = unmatched.firstIndex(of: word) {
                unmatched.remove(at: k)
                matched += 1
            }
        }
        for word in words where !other.words.contains(word) {
            let a = Array(word.utf8)
            if let k = unmatched.firstIndex(where: { candidate in
                let b = Array(candidate.utf8)
                let bound = EditDistance.bound(forLength: min(a.count, b.count))
                return bound > 0 && a.prefix(3) == b.prefix(3) && EditDistance.distance(a, b, bound: bound) != nil
            }) {
                fuzzy.append("\(word)~\(unmatched[k])")
                unmatched.remove(at: k)
                matched += 1
            }
        }
        let union = words.count + other.words.count - matched
        return Similarity(score: Double(matched) / Double(union), fuzzyPairs: fuzzy)
    }

    /// The words as a set literal for the evidence: "{zwolle}".
    var description: String { "{" + words.joined(separator: ", ") + "}" }
}
