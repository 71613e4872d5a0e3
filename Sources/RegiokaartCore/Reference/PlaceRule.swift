/// The name is a CBS woonplaats (place), compared folded and with or without its BAG qualifier
/// (`Hengelo (Gld)`, `Bergen L`): the municipalities it lies in. `Rosmalen` → 's-Hertogenbosch;
/// `Velp` lies in Rheden and in Land van Cuijk, an ambiguity for the geography step. Even a unique
/// place must lie among the card's other municipalities: a typo can make a real place elsewhere
/// (`Eede`, a village in Sluis, is `Ede` with a doubled letter).
struct PlaceRule: MatchRule {
    let kind = MatchKind.place
    /// A place named on a card far from the card's other municipalities is a doubt, not a match.
    let geography = GeographyCheck.confirmsEvery
    /// Folded names, with and without qualifier, to their places.
    let byFolded: [String: PlaceList]

    init(_ reference: ReferenceData) {
        var byFolded: [String: PlaceList] = [:]
        // Sized once: growing it rehashed every name folded so far, several times over.
        byFolded.reserveCapacity(reference.places.count)
        for place in reference.places {
            let keys = Self.keys(of: place.name)
            byFolded[keys.folded, default: PlaceList()].add(place)
            if let base = keys.foldedBase { byFolded[base, default: PlaceList()].add(place) }
        }
        self.byFolded = byFolded
    }

    /// The places called `folded` (folded, with or without qualifier), or nil.
    func places(folded: String) -> [Place]? {
        byFolded[folded]?.places
    }

    /// The keys a place called `name` is found by: its folded name and, when the name has a
    /// qualifier and the folded name without it differs, that one too.
    static func keys(of name: String) -> (folded: String, foldedBase: String?) {
        if let keys = asciiKeys(of: name) { return keys }
        let folded = NameFolding.fold(name)
        let base = withoutQualifier(name)
        guard base != name, case let foldedBase = NameFolding.fold(base), foldedBase != folded else { return (folded, nil) }
        return (folded, foldedBase)
    }

    /// `keys(of:)` on the bytes of a printable-ASCII name (nearly every CBS name), nil for any
    /// other. The name without its qualifier is a prefix of the name (up to the last `(`, or up to
    /// a last word of one to three capitals), so its fold is a prefix of the name's fold: one pass
    /// finds where, and no base name is made. Folding and stripping each name apart was most of
    /// building this rule, on the thread whose matchers the steps wait for (scripts/BENCHMARKS.md).
    static func asciiKeys(of name: String) -> (folded: String, foldedBase: String?)? {
        var copy = name
        return copy.withUTF8 { b -> (folded: String, foldedBase: String?)? in
            let n = b.count
            var open = -1
            for i in 0..<n {
                guard (0x20...0x7E).contains(b[i]) else { return nil }
                if b[i] == UInt8(ascii: "(") { open = i }
            }
            // Where the name without its qualifier ends (nil: it has none, or it is the name).
            var cut: Int?
            if n > 0, b[n - 1] == UInt8(ascii: ")") {
                // `NameFolding.withoutQualifier`: up to the last `(`; the spaces it trims fold away.
                if open >= 0 { cut = open }
            } else {
                // `asciiWithoutLetterQualifier`: before a last word of one to three capitals, when
                // some word precedes it.
                var end = n
                while end > 0, b[end - 1] == 0x20 { end -= 1 }
                var space = end
                while space > 0, b[space - 1] != 0x20 { space -= 1 }
                if space > 0, end - space <= 3, b[space..<end].allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
                   b[..<space].contains(where: { $0 != 0x20 }) {
                    cut = space
                }
            }
            var foldedAtCut = 0
            let folded = String(unsafeUninitializedCapacity: n) { out in
                var count = 0
                for i in 0..<n {
                    if i == cut { foldedAtCut = count }
                    let byte = b[i]
                    if NameFolding.isASCIILetterOrDigit(byte) { out[count] = ASCIIFastPath.lowercase(byte); count += 1 }
                }
                return count
            }
            guard cut != nil, foldedAtCut < folded.utf8.count else { return (folded, nil) }
            return (folded, String(folded.utf8.prefix(foldedAtCut))!)
        }
    }

    /// `Hengelo (Gld)` → `Hengelo`, `Bergen L` → `Bergen`: a BAG place name without its qualifier.
    static func withoutQualifier(_ name: String) -> String {
        // The bytes first: `NameFolding.withoutQualifier`'s `hasSuffix` on `Character`s cost more than the bytes path.
        if let ascii = asciiWithoutLetterQualifier(name) { return ascii }
        let base = NameFolding.withoutQualifier(name)
        guard base == name else { return base }
        // The last word is found from the end: splitting each of the 2,501 names was 4 % of a cold run.
        var end = name.endIndex
        while end > name.startIndex, name[name.index(before: end)] == " " { end = name.index(before: end) }
        guard let space = name[..<end].lastIndex(of: " ") else { return name }
        let last = name[name.index(after: space)..<end]
        guard last.count <= 3, last.allSatisfy(\.isUppercase) else { return name }
        let words = name[..<space].split(separator: " ")
        return words.isEmpty ? name : words.joined(separator: " ")
    }

    /// `withoutQualifier`'s letter-qualifier case on the bytes of a printable-ASCII name (most CBS
    /// names): a last word of one to three capitals `A`–`Z` is dropped, with the spaces around it.
    /// Nil for any other name, and for one ending in `)` (`NameFolding.withoutQualifier` and the
    /// `Character` path decide). On bytes: walking `Character`s from the
    /// end costs grapheme breaking for each of the thousands of CBS names.
    static func asciiWithoutLetterQualifier(_ name: String) -> String? {
        var copy = name
        return copy.withUTF8 { b -> String? in
            guard b.last != UInt8(ascii: ")"), b.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
            var end = b.count
            while end > 0, b[end - 1] == 0x20 { end -= 1 }
            var space = end
            while space > 0, b[space - 1] != 0x20 { space -= 1 }
            guard space > 0 else { return name }
            let last = b[space..<end]
            guard last.count <= 3, last.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return name }
            // The words before it, single-spaced (as `split(separator: " ").joined(separator: " ")`).
            var words: [UInt8] = []
            var i = 0
            let head = space - 1
            while i < head {
                if b[i] == 0x20 { i += 1; continue }
                if !words.isEmpty { words.append(0x20) }
                while i < head, b[i] != 0x20 { words.append(b[i]); i += 1 }
            }
            return words.isEmpty ? name : String(decoding: words, as: UTF8.self)
        }
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let places = places(folded: folded) else { return nil }
        let names = places.map { "\($0.name) (woonplaats \($0.code), \($0.municipalityCode))" }
        return RuleHit(codes: places.map(\.municipalityCode), detail: "CBS woonplaats " + names.joined(separator: ", "))
    }
}
