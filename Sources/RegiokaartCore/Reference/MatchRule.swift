/// One way of finding CBS municipalities for a listed name. The matcher tries its rules in order.
public protocol MatchRule: Sendable {
    /// The kind of match this rule makes, named in the report.
    var kind: MatchKind { get }
    /// The codes this rule finds for `name` (already whitespace-normalised; `folded` is its fold),
    /// with a short note on how, or nil when the rule finds nothing.
    func candidates(for name: String, folded: String) -> RuleHit?
    /// The same for a name listed on the card with id `region` (nil: on no card in particular).
    /// Only the alias rule looks at the card; the default ignores it.
    func candidates(for name: String, folded: String, region: String?) -> RuleHit?
    /// What the region's geography must say before this rule's candidates are placed.
    var geography: GeographyCheck { get }
}

extension MatchRule {
    public func candidates(for name: String, folded: String, region: String?) -> RuleHit? {
        candidates(for: name, folded: folded)
    }

    public var geography: GeographyCheck { .decidesTies }
}

/// What a rule's candidates need from the region's geography (`ResolveAmbiguityByGeography` applies it).
public enum GeographyCheck: Sendable, Hashable {
    /// One candidate is a match; among several, the one clearly nearest the list's other
    /// municipalities wins (Bergen), or the name is reported as ambiguous.
    case decidesTies
    /// As `decidesTies`, but a single candidate too is placed only when it lies among the list's
    /// other municipalities (a place listed for its municipality, a misspelling).
    case confirmsEvery
    /// A single candidate is placed only when it lies among the list's other municipalities; several
    /// are reported as ambiguous, never picked (a typo in a short name: `Ede` and `Epe` are both real).
    case confirmsOnlyOne
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

/// The name is in the steward's alias table (`Input/corrections/municipality-aliases.csv`), compared
/// folded. A row with a `region_id` applies to that card only and wins over the rows without one.
/// Tried before every other rule, so a row also overrides an exact match.
struct AliasRule: MatchRule {
    let kind = MatchKind.alias
    let byFolded: [String: MunicipalityAlias]
    /// Scoped rows: folded name → region id → row.
    let scoped: [String: [String: MunicipalityAlias]]

    init(_ reference: ReferenceData) {
        var byFolded: [String: MunicipalityAlias] = [:]
        var scoped: [String: [String: MunicipalityAlias]] = [:]
        for alias in reference.aliases {
            let key = NameFolding.fold(alias.name)
            if let region = alias.regionID {
                if scoped[key]?[region] == nil { scoped[key, default: [:]][region] = alias }
            } else if byFolded[key] == nil {
                byFolded[key] = alias
            }
        }
        self.byFolded = byFolded
        self.scoped = scoped
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        candidates(for: name, folded: folded, region: nil)
    }

    func candidates(for name: String, folded: String, region: String?) -> RuleHit? {
        guard let alias = region.flatMap({ scoped[folded]?[$0] }) ?? byFolded[folded] else { return nil }
        let scope = alias.regionID.map { " for \($0) only" } ?? ""
        return RuleHit(codes: [alias.code], detail: "alias table \(alias.location)\(scope)\(alias.note.isEmpty ? "" : ": \(alias.note)")")
    }

    /// True when some row for `folded` is scoped to a card: its result then depends on the card.
    func isScoped(_ folded: String) -> Bool { scoped[folded] != nil }
}

/// The name is a CBS name without its province qualifier: "Hengelo" → "Hengelo (O.)".
/// Finds both municipalities for "Bergen". A name that is also a place in another municipality adds
/// that municipality: "Laren" is Laren (NH.) or the village in Lochem, "Beek" Beek (L.) or a village
/// in Montferland or Berg en Dal; the card's geography decides, as for "Bergen".
struct QualifierRule: MatchRule {
    let kind = MatchKind.qualifier
    let byBase: [String: [String]]
    /// For the names that are also places elsewhere: those places, for the note.
    let places: [String: [Place]]

    /// `places`: the place rule, whose places of the same name are candidates too.
    init(_ reference: ReferenceData, places placeRule: PlaceRule) {
        var byBase: [String: [String]] = [:]
        for m in reference.municipalities {
            let base = NameFolding.withoutQualifier(m.name)
            if base != m.name { byBase[base, default: []].append(m.code) }
        }
        var places: [String: [Place]] = [:]
        for (base, codes) in byBase {
            let elsewhere = (placeRule.byFolded[NameFolding.fold(base)] ?? []).filter { !codes.contains($0.municipalityCode) }
            guard !elsewhere.isEmpty else { continue }
            byBase[base] = codes + elsewhere.map(\.municipalityCode)
            places[base] = elsewhere
        }
        self.byBase = byBase
        self.places = places
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let codes = byBase[name] else { return nil }
        var detail = "CBS name with a province qualifier"
        if let elsewhere = places[name] {
            detail += "; also a place in " + elsewhere.map { "\($0.municipalityCode) (woonplaats \($0.name), \($0.code))" }.joined(separator: ", ")
        }
        return RuleHit(codes: codes, detail: detail)
    }
}

/// The name equals a CBS name (with or without qualifier) once case, diacritics, spaces and
/// hyphens are ignored: "Sudwest-Fryslan" → "Súdwest-Fryslân", "Westbetuwe" → "West Betuwe".
struct FoldedRule: MatchRule {
    let kind = MatchKind.folded
    let byFolded: [String: [String]]
    /// Folded names without qualifier that are also places in other municipalities, as in `QualifierRule`.
    let places: [String: [Place]]

    /// `byFolded`: `MunicipalityMatcher.foldedIndex` of the reference data; `qualifier`: the rule
    /// whose places of the same name are candidates too (`LAREN` as `Laren`).
    init(byFolded: [String: [String]], qualifier: QualifierRule) {
        var byFolded = byFolded
        var places: [String: [Place]] = [:]
        for (base, elsewhere) in qualifier.places {
            let key = NameFolding.fold(base)
            guard let codes = byFolded[key] else { continue }
            let extra = elsewhere.filter { !codes.contains($0.municipalityCode) }
            guard !extra.isEmpty else { continue }
            byFolded[key] = codes + extra.map(\.municipalityCode)
            places[key] = extra
        }
        self.byFolded = byFolded
        self.places = places
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let codes = byFolded[folded] else { return nil }
        var detail = "same name ignoring case, diacritics, spaces and hyphens"
        if let elsewhere = places[folded] {
            detail += "; also a place in " + elsewhere.map { "\($0.municipalityCode) (woonplaats \($0.name), \($0.code))" }.joined(separator: ", ")
        }
        return RuleHit(codes: codes, detail: detail)
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
/// `Velp` lies in Rheden and in Land van Cuijk, an ambiguity for the geography step. Even a unique
/// place must lie among the card's other municipalities: a typo can make a real place elsewhere
/// (`Eede`, a village in Sluis, is `Ede` with a doubled letter).
struct PlaceRule: MatchRule {
    let kind = MatchKind.place
    /// A place named on a card far from the card's other municipalities is a doubt, not a match.
    let geography = GeographyCheck.confirmsEvery
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
        // The last word is found from the end: splitting each of the 2,501 names was 4 % of a cold run.
        var end = name.endIndex
        while end > name.startIndex, name[name.index(before: end)] == " " { end = name.index(before: end) }
        guard let space = name[..<end].lastIndex(of: " ") else { return name }
        let last = name[name.index(after: space)..<end]
        guard last.count <= 3, last.allSatisfy(\.isUppercase) else { return name }
        let words = name[..<space].split(separator: " ")
        return words.isEmpty ? name : words.joined(separator: " ")
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let places = byFolded[folded] else { return nil }
        let names = places.map { "\($0.name) (woonplaats \($0.code), \($0.municipalityCode))" }
        return RuleHit(codes: places.map(\.municipalityCode), detail: "CBS woonplaats " + names.joined(separator: ", "))
    }
}

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

/// A one-letter typo in a short name (fewer than 5 letters, where `FuzzyRule` allows none): the CBS
/// names one edit from the folded name. `Osss` → Oss. A single candidate is placed only when the
/// card's geography agrees; several (`Eqe`: Ede or Epe) are an ambiguity, never a pick.
struct ShortFuzzyRule: MatchRule {
    let kind = MatchKind.shortFuzzy
    let geography = GeographyCheck.confirmsOnlyOne
    /// Folded names from 1 to 5 letters: the only ones one edit away from a name of 2 to 4 letters.
    let keys: [(key: [UInt8], folded: String, codes: [String])]
    /// The lengths of folded name this rule reads.
    static let lengths = 2...4

    /// `byFolded`: `MunicipalityMatcher.foldedIndex` of the reference data.
    init(byFolded: [String: [String]]) {
        keys = byFolded.filter { (Self.lengths.lowerBound - 1...Self.lengths.upperBound + 1).contains($0.key.utf8.count) }
            .sorted { $0.key < $1.key }.map { (Array($0.key.utf8), $0.key, $0.value) }
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        let probe = Array(folded.utf8)
        guard Self.lengths.contains(probe.count), EditDistance.bound(forLength: probe.count) == 0 else { return nil }
        var codes: [String] = []
        var names: [String] = []
        for entry in keys where EditDistance.distance(probe, entry.key, bound: 1) == 1 {
            for code in entry.codes where !codes.contains(code) { codes.append(code) }
            names.append(entry.folded)
        }
        guard !codes.isEmpty else { return nil }
        return RuleHit(codes: codes, detail: "one edit from \(names.joined(separator: ", ")) (a name of \(probe.count) letters)")
    }
}
