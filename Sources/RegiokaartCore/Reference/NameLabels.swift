/// The labels a listing may print around a municipality's name (`NameLabel`), one table: the kind
/// word before the name (`Gemeente`, `gemeente`, `gem.`) and the parentheticals after it that name
/// the kind (`(gemeente)`, `(gem.)`) or a province by its name or an alias (`(Gelderland)`,
/// `(Friesland)`, `(NL-GE)`, from `Input/reference/provinces.csv`), by the qualifier CBS writes in a
/// municipality's name (`(O.)`, `(NH.)`, `(L.)`, `(ZH.)`, `(Z.)`, from the CBS list) or by a common
/// abbreviation (`(Gld.)`, `(GLD)`, `(Ov.)`, `(Utr.)`, `abbreviations`). Compared folded
/// (`NameFolding.fold`: `(N.-H.)` is `(NH.)`).
///
/// A label is only a candidate reading: `MunicipalityMatcher` leaves it out when what remains
/// matches, and a province must agree with where the municipality lies.
struct NameLabels: Sendable {
    /// What a parenthetical names: the municipality kind, or a province (its code).
    enum Naming: Hashable, Sendable {
        case kind
        case province(String)
    }

    /// Folded parenthetical → what it names. A folded abbreviation two provinces share is left out.
    let parentheticals: [String: Naming]

    /// The kind words, folded, before a name or in a parenthetical after it.
    static let kindWords: Set<String> = ["gemeente", "gem"]

    /// Common abbreviations of each province (beside its name, its aliases and the CBS qualifiers),
    /// folded: the ones the CBS, the BAG and editors print after a place's name.
    static let abbreviations: [String: [String]] = [
        "PV20": ["gr", "gron", "grn"],
        "PV21": ["fr", "frl", "fri", "fryslan"],
        "PV22": ["dr", "dre", "drt"],
        "PV23": ["ov", "ovl", "ovt"],
        "PV24": ["fl", "flev", "fld"],
        "PV25": ["gld", "gl", "ge", "gelr", "gelderl"],
        "PV26": ["u", "ut", "utr"],
        "PV27": ["nh", "nholl"],
        "PV28": ["zh", "zholl"],
        "PV29": ["z", "ze", "zl", "zld"],
        "PV30": ["nb", "br", "brab"],
        "PV31": ["l", "lb", "li", "lim", "limb"],
    ]

    init(reference: ReferenceData) {
        var byFolded: [String: Naming] = [:]
        var shared = Set<String>()
        func add(_ folded: String, _ naming: Naming) {
            guard !folded.isEmpty else { return }
            if let known = byFolded[folded], known != naming { shared.insert(folded) }
            byFolded[folded] = naming
        }
        for word in Self.kindWords { add(word, .kind) }
        for province in reference.provinces {
            for name in [province.name] + province.aliases { add(NameFolding.fold(name), .province(province.code)) }
            for abbreviation in Self.abbreviations[province.code] ?? [] { add(abbreviation, .province(province.code)) }
        }
        for m in reference.municipalities {
            let base = NameFolding.withoutQualifier(m.name)
            guard base != m.name, let open = m.name.lastIndex(of: "(") else { continue }
            add(NameFolding.fold(String(m.name[open...])), .province(m.provinceCode))
        }
        for key in shared { byFolded[key] = nil }
        parentheticals = byFolded
    }

    /// One label of `name` left out, the word before it first: `(rest, printed, province)`, or nil
    /// when `name` has none (decided on its first and last bytes for nearly every name). A name
    /// with two labels ("Gemeente Aalten (Gld.)") gives the first; the matcher reads the rest again.
    func reading(of name: String) -> (rest: String, printed: String, province: String?)? {
        guard let first = name.utf8.first, let last = name.utf8.last,
              first == UInt8(ascii: "G") || first == UInt8(ascii: "g") || last == UInt8(ascii: ")") else { return nil }
        if let (word, rest) = kindWord(of: name) { return (rest, word, nil) }
        guard last == UInt8(ascii: ")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return nil }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard let naming = parentheticals[NameFolding.fold(String(inner))] else { return nil }
        let rest = ASCIIFastPath.trimmingWhitespaces(String(name[..<open]))
        guard !rest.isEmpty else { return nil }
        switch naming {
        case .kind: return (rest, String(name[open...]), nil)
        case .province(let code): return (rest, String(name[open...]), code)
        }
    }

    /// The kind word `name` starts with ("Gemeente", "gem.", "gemeente:") and the rest after it, or nil.
    func kindWord(of name: String) -> (word: String, rest: String)? {
        guard let first = name.utf8.first, first == UInt8(ascii: "G") || first == UInt8(ascii: "g"),
              let space = name.firstIndex(of: " ") else { return nil }
        let word = name[..<space]
        var bare = word.lowercased()
        if bare.hasSuffix(".") || bare.hasSuffix(":") { bare.removeLast() }
        let rest = ASCIIFastPath.trimmingWhitespaces(String(name[name.index(after: space)...]))
        guard Self.kindWords.contains(bare), !rest.isEmpty else { return nil }
        return (String(word), rest)
    }
}
