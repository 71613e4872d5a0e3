/// Finds a province by its name or any alias, ignoring case, diacritics, spaces and hyphens.
struct ProvinceIndex: Sendable {
    let byFolded: [String: String]
    /// The folded names and aliases as bytes, for `misspelt(_:)`, in a fixed order.
    let keys: [(key: [UInt8], folded: String, code: String)]
    /// For each pair of ASCII bytes (first × 128 + second), whether a folded name or alias starts with it.
    let startsKey: [Bool]

    init(reference: ReferenceData) {
        var byFolded: [String: String] = [:]
        for province in reference.provinces {
            for name in [province.name] + province.aliases { byFolded[NameFolding.fold(name)] = province.code }
        }
        self.byFolded = byFolded
        keys = byFolded.sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.key, $0.value) }
        // A key shorter than two letters would start every pair: then no name is ruled out early.
        var starts = [Bool](repeating: keys.contains { $0.key.count < 2 }, count: 128 * 128)
        for entry in keys where entry.key.count >= 2 { starts[Int(entry.key[0]) * 128 + Int(entry.key[1])] = true }
        startsKey = starts
    }

    /// False when `name` is surely no province's: its first two bytes are ASCII letters or digits,
    /// which its folded form starts with (lower-cased), and no folded name or alias starts so. Most
    /// listed names are ruled out by this before they are folded or hashed.
    func mayName(_ name: String) -> Bool {
        var bytes = name.utf8.makeIterator()
        guard let first = bytes.next().flatMap(Self.foldedASCII), let second = bytes.next().flatMap(Self.foldedASCII) else { return true }
        return startsKey[Int(first) * 128 + Int(second)]
    }

    /// `byte` as folding keeps it when it is an ASCII letter (lower-cased) or digit; nil otherwise.
    static func foldedASCII(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
        default: nil
        }
    }

    /// The province code `name` stands for, if any.
    func province(named name: String) -> String? {
        byFolded[NameFolding.fold(name)]
    }

    /// The provinces one edit from `name` (a misspelling: `Denthe` → Drenthe), by the rule of
    /// `ShortFuzzyRule`: one is a candidate, several are a tie and never a pick. Empty for a name that
    /// is a province, or fewer than 4 letters (one edit turns `NL-DR` into `NL-FR`).
    func misspelt(_ name: String) -> (codes: [String], detail: String) {
        let folded = NameFolding.fold(name)
        guard byFolded[folded] == nil, folded.utf8.count >= 4 else { return ([], "") }
        let probe = Array(folded.utf8)
        var codes: [String] = []
        var names: [String] = []
        for entry in keys where EditDistance.distance(probe, entry.key, bound: 1) != nil {
            if !codes.contains(entry.code) { codes.append(entry.code) }
            names.append(entry.folded)
        }
        return (codes, "one edit from " + names.joined(separator: ", "))
    }
}
