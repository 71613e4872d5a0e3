/// One way of finding CBS municipalities for a listed name. The matcher tries its rules in order.
public protocol MatchRule: Sendable {
    /// The kind of match this rule makes, named in the report.
    var kind: MatchKind { get }
    /// The codes this rule finds for `name` (already whitespace-normalised; `folded` is its fold),
    /// with a short note on how, or nil when the rule finds nothing.
    func candidates(for name: String, folded: String) -> RuleHit?
}

/// What a rule found.
public struct RuleHit: Hashable, Sendable {
    /// Candidate municipality codes; one is a match, several an ambiguity.
    public var codes: [String]
    /// How the rule got there, for the report and `explain`.
    public var detail: String

    public init(codes: [String], detail: String) {
        self.codes = codes
        self.detail = detail
    }
}

/// The name is a CBS name, letter for letter.
struct ExactRule: MatchRule {
    let kind = MatchKind.exact
    let byName: [String: String]

    init(_ reference: ReferenceData) {
        byName = Dictionary(reference.municipalities.map { ($0.name, $0.code) }, uniquingKeysWith: { a, _ in a })
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        byName[name].map { RuleHit(codes: [$0], detail: "CBS name") }
    }
}

/// The name is in the steward's alias table (`Input/corrections/municipality-aliases.csv`).
struct AliasRule: MatchRule {
    let kind = MatchKind.alias
    let byFolded: [String: MunicipalityAlias]

    init(_ reference: ReferenceData) {
        byFolded = Dictionary(reference.aliases.map { (NameFolding.fold($0.name), $0) }, uniquingKeysWith: { a, _ in a })
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        byFolded[folded].map { RuleHit(codes: [$0.code], detail: "alias table \($0.location)\($0.note.isEmpty ? "" : ": \($0.note)")") }
    }
}

/// The name is a CBS name without its province qualifier: "Hengelo" → "Hengelo (O.)".
/// Finds both municipalities for "Bergen".
struct QualifierRule: MatchRule {
    let kind = MatchKind.qualifier
    let byBase: [String: [String]]

    init(_ reference: ReferenceData) {
        var byBase: [String: [String]] = [:]
        for m in reference.municipalities {
            let base = NameFolding.withoutQualifier(m.name)
            if base != m.name { byBase[base, default: []].append(m.code) }
        }
        self.byBase = byBase
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        byBase[name].map { RuleHit(codes: $0, detail: "CBS name with a province qualifier") }
    }
}

/// The name equals a CBS name (with or without qualifier) once case, diacritics, spaces and
/// hyphens are ignored: "Sudwest-Fryslan" → "Súdwest-Fryslân", "Westbetuwe" → "West Betuwe".
struct FoldedRule: MatchRule {
    let kind = MatchKind.folded
    let byFolded: [String: [String]]

    /// `byFolded`: `MunicipalityMatcher.foldedIndex` of the reference data.
    init(byFolded: [String: [String]]) {
        self.byFolded = byFolded
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        byFolded[folded].map { RuleHit(codes: $0, detail: "same name ignoring case, diacritics, spaces and hyphens") }
    }
}

/// The name is a former municipality: its successor from the merger table.
/// Municipalities split over several successors map to the main one (the table's first row).
struct FormerRule: MatchRule {
    let kind = MatchKind.former
    let byFolded: [String: [Merger]]

    init(_ reference: ReferenceData) {
        var byFolded: [String: [Merger]] = [:]
        for merger in reference.mergers { byFolded[NameFolding.fold(merger.oldName), default: []].append(merger) }
        self.byFolded = byFolded
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let rows = byFolded[folded], let main = rows.first else { return nil }
        var detail = "\(main.oldName) (\(main.oldCode)) ceased on \(main.date); successor \(main.newName)"
        if rows.count > 1 {
            detail += "; its territory was split, also to " + rows.dropFirst().map(\.newName).joined(separator: ", ")
        }
        return RuleHit(codes: [main.newCode], detail: detail)
    }
}

/// The name is a CBS woonplaats (place), compared folded and with or without its BAG qualifier
/// (`Hengelo (Gld)`, `Bergen L`): the municipalities it lies in. `Rosmalen` → 's-Hertogenbosch;
/// `Velp` lies in Rheden and in Land van Cuijk, an ambiguity for the geography step.
struct PlaceRule: MatchRule {
    let kind = MatchKind.place
    let byFolded: [String: [Place]]

    init(_ reference: ReferenceData) {
        var byFolded: [String: [Place]] = [:]
        for place in reference.places {
            for key in Set([NameFolding.fold(place.name), NameFolding.fold(Self.withoutQualifier(place.name))])
            where !(byFolded[key]?.contains { $0.municipalityCode == place.municipalityCode } ?? false) {
                byFolded[key, default: []].append(place)
            }
        }
        self.byFolded = byFolded
    }

    /// `Hengelo (Gld)` → `Hengelo`, `Bergen L` → `Bergen`: a BAG place name without its qualifier.
    static func withoutQualifier(_ name: String) -> String {
        let base = NameFolding.withoutQualifier(name)
        guard base == name else { return base }
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last, last.count <= 3, last.allSatisfy(\.isUppercase) else { return name }
        return words.dropLast().joined(separator: " ")
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let places = byFolded[folded] else { return nil }
        let names = places.map { "\($0.name) (woonplaats \($0.code), \($0.municipalityCode))" }
        return RuleHit(codes: places.map(\.municipalityCode), detail: "CBS woonplaats " + names.joined(separator: ", "))
    }
}

/// A misspelling: the CBS names within a small edit distance of the folded name, keeping only the closest.
/// Several municipalities at the same smallest distance are an ambiguity, never a coin toss.
struct FuzzyRule: MatchRule {
    let kind = MatchKind.fuzzy
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
