import Foundation

/// Decides names that fit several municipalities ("Bergen": Bergen (L.) or Bergen (NH.); "Veendaal":
/// Veenendaal or Veendam; the place "Velp": Rheden or Land van Cuijk) from where the region's other
/// municipalities lie, and confirms the single candidates whose rule asks for it (a place, a short
/// name's typo: see `GeographyCheck`).
///
/// For several candidates, the distance from each centroid to the nearest other municipality of the
/// list is measured; a candidate wins only when it is at least `decisiveRatio` times closer than every
/// other. A single candidate is confirmed when it `agrees` with the list. Otherwise the name stays
/// unresolved and is reported as a doubt (an error), never guessed.
struct ResolveAmbiguityByGeography: RegionStep {
    /// How many times closer the winner must be than the runner-up.
    let decisiveRatio: Double
    /// A single candidate within this many kilometres of one of the list's other municipalities lies
    /// among them (the largest distance between neighbouring municipalities' centroids is about 26 km).
    let nearbyKilometres: Double

    init(decisiveRatio: Double = 2.0, nearbyKilometres: Double = 25) {
        self.decisiveRatio = decisiveRatio
        self.nearbyKilometres = nearbyKilometres
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        var details = Details()
        // Lists alike are decided alike: each distinct list is decided once, and its decisions and
        // findings are given to every list like it at that list's own lines (archives repeat cards).
        var decided: [List: Decisions] = [:]
        for index in dataset.regions.indices where Self.hasAmbiguity(dataset.regions[index].area) {
            let list = List(dataset.regions[index], matcher: context.matcher)
            let decisions: Decisions
            if let known = decided[list] {
                decisions = known
            } else {
                decisions = decide(dataset.regions[index], context: context, details: &details)
                decided[list] = decisions
            }
            for (k, resolution) in decisions.resolutions { dataset.regions[index].area[k].resolution = resolution }
            for (k, finding) in decisions.findings {
                var issue = finding
                issue.location = dataset.regions[index].location(of: dataset.regions[index].area[k])
                dataset.report(issue, region: index)
            }
        }
    }

    /// A region's list as this step sees it: the names and what they resolved to so far, and the
    /// card's id when an alias row scoped to a card exists for one of its names.
    struct List: Hashable {
        var names: [String]
        var resolutions: [AreaResolution]
        var region: String?

        /// The list of `region`.
        init(_ region: Region, matcher: MunicipalityMatcher) {
            names = region.area.map(\.name)
            resolutions = region.area.map(\.resolution)
            self.region = region.area.contains { matcher.dependsOnRegion($0.name) } ? region.id : nil
        }

        /// Hashes the length and the ambiguous entries' names only (equal lists still hash alike):
        /// every name and resolution of a long list cost thousands of instructions per region.
        func hash(into hasher: inout Hasher) {
            hasher.combine(names.count)
            for (name, resolution) in zip(names, resolutions) {
                if case .ambiguous = resolution { hasher.combine(name) }
            }
        }
    }

    /// What the step decides for a list: the entries it resolves anew, and its findings in order,
    /// each with the position of the entry it is about.
    struct Decisions {
        var resolutions: [(Int, AreaResolution)] = []
        var findings: [(Int, Issue)] = []
    }

    /// The decisions for `region`'s list, made on a copy of the region whose entries are located at
    /// their positions (line k for entry k), so that each finding names its entry.
    func decide(_ region: Region, context: StepContext, details: inout Details) -> Decisions {
        var copy = region
        for k in copy.area.indices { copy.area[k].line = k }
        var scratch = Dataset(source: "", regions: [copy], countClaims: [], log: IssueLog())
        resolve(regionAt: 0, of: &scratch, context: context, details: &details)
        var decisions = Decisions()
        for (k, entry) in scratch.regions[0].area.enumerated() where entry.resolution != region.area[k].resolution {
            decisions.resolutions.append((k, entry.resolution))
        }
        decisions.findings = scratch.log.issues().map { ($0.location!.line, $0) }
        return decisions
    }

    /// True when an entry of `area` is ambiguous (most lists leave nothing to the geography).
    static func hasAmbiguity(_ area: [AreaEntry]) -> Bool {
        area.contains { if case .ambiguous = $0.resolution { true } else { false } }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var details = Details()
        resolve(regionAt: index, of: &dataset, context: context, details: &details)
    }

    /// The matcher's note on how a name was matched, by name and card, for the reports of confirmed
    /// single candidates: an archive repeats the same names thousands of times, and the fuzzy rule's
    /// note costs a pass over every municipality.
    struct Details {
        var byKey: [String: (detail: String, matched: String)] = [:]

        mutating func detail(_ name: String, region: String, kind: MatchKind, context: StepContext) -> String {
            read(name, region: region, kind: kind, context: context).detail
        }

        /// The note, and the name the rule matched: the listed name, or its rest when a label was
        /// left out ("Gemeente Laren" was matched as "Laren").
        mutating func read(_ name: String, region: String, kind: MatchKind, context: StepContext) -> (detail: String, matched: String) {
            let key = context.matcher.dependsOnRegion(name) ? name + "\u{1}" + region : name
            if let known = byKey[key] { return known }
            let hit = context.matcher.match(name, region: region).hit
            let read = (hit?.detail ?? kind.rawValue, hit?.label?.rest ?? name)
            byKey[key] = read
            return read
        }
    }

    func resolve(regionAt index: Int, of dataset: inout Dataset, context: StepContext, details: inout Details) {
        // Most lists leave nothing to the geography: they are passed over before their municipalities are gathered.
        guard Self.hasAmbiguity(dataset.regions[index].area) else { return }
        func placed() -> [Municipality] {
            dataset.regions[index].area.compactMap {
                if case .municipality(let number, _) = $0.resolution { return context.reference.municipalities[number] }
                return nil
            }
        }
        // Single candidates first, against the certain matches; the ties then count the confirmed ones.
        let certain = placed()
        for (k, entry) in dataset.regions[index].area.enumerated() {
            guard case .ambiguous(let codes, let kind) = entry.resolution, codes.count == 1,
                  let candidate = context.reference.municipalityByCode[codes[0]] else { continue }
            let detail = details.detail(entry.name, region: dataset.regions[index].id, kind: kind, context: context)
            confirm(candidate, kind: kind, detail: detail, entry: entry, at: k, region: index, placed: certain,
                    dataset: &dataset, context: context)
        }
        let area = dataset.regions[index].area
        let placed = placed()
        for (k, entry) in area.enumerated() {
            guard case .ambiguous(let codes, let kind) = entry.resolution, codes.count > 1 else { continue }
            let candidates = codes.compactMap { context.reference.municipalityByCode[$0] }
            let check = context.matcher.geography(for: kind)
            let matched = details.read(entry.name, region: dataset.regions[index].id, kind: kind, context: context).matched
            let names = candidates.map { Self.label($0, for: matched, kind: kind) }.joined(separator: " or ")
            let ranked = candidates.compactMap { candidate -> (Municipality, Double, Municipality)? in
                guard let nearest = Geography.nearest(to: candidate, among: placed.filter { $0.code != candidate.code }) else { return nil }
                return (candidate, nearest.distance, nearest.municipality)
            }.sorted { $0.1 < $1.1 }
            let provinces = Dictionary(grouping: placed, by: \.provinceName).mapValues(\.count)
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.value) in \($0.key)" }.joined(separator: ", ")
            if check != .confirmsOnlyOne, ranked.count == candidates.count, ranked.count >= 2,
               ranked[1].1 >= decisiveRatio * max(ranked[0].1, 0.001) {
                let (winner, distance, neighbour) = ranked[0]
                // A village's municipality chosen over the qualified one is a place match ("Beek" → Berg en Dal).
                let match = Self.label(winner, for: matched, kind: kind) == winner.name ? kind : .place
                dataset.regions[index].area[k].resolution = .municipality(number: context.reference.municipalityNumbers[winner.code]!, match: match)
                let others = ranked.dropFirst().map { "\($0.0.name) \(Int($0.1.rounded())) km from \($0.2.name)" }.joined(separator: ", ")
                dataset.report(Issue(.warning, .municipalityAmbiguityResolved, field: "municipalities", raw: entry.name,
                                     result: "\(winner.name) (\(winner.code))", at: dataset.regions[index].location(of: entry),
                                     "\"\(entry.name)\" fits \(names) (\(kind.rawValue) match); chose \(winner.name): \(Int(distance.rounded())) km from \(neighbour.name), against \(others). The list's other municipalities: \(provinces)."),
                               region: index)
            } else {
                dataset.regions[index].area[k].resolution = .ambiguous(codes: codes, match: kind)
                let why = check == .confirmsOnlyOne
                    ? "a typo in a short name is never decided by geography (it is as close to each)"
                    : placed.isEmpty ? "the list has no other municipality to compare with"
                    : "no candidate is clearly closer to the list's other municipalities (" + ranked.map { "\($0.0.name) \(Int($0.1.rounded())) km" }.joined(separator: ", ") + ")"
                dataset.report(Issue(.error, .municipalityAmbiguous, field: "municipalities", raw: entry.name,
                                     result: codes.joined(separator: "|"), at: dataset.regions[index].location(of: entry),
                                     "\"\(entry.name)\" fits \(names), and \(why); left unresolved. Add an alias to settle it."),
                               region: index)
            }
        }
    }

    /// A candidate's name, marked when a qualifier or folded match found it as a place of the listed
    /// name: "Lochem (place Laren)".
    static func label(_ candidate: Municipality, for name: String, kind: MatchKind) -> String {
        guard kind == .qualifier || kind == .folded, !QualifierRule.isNamed(candidate, name) else { return candidate.name }
        return "\(candidate.name) (place \(name))"
    }

    /// Places the single candidate of a rule that asks for the geography's word when it agrees with
    /// the list, reporting the rule's own code with the evidence; otherwise reports it unconfirmed.
    func confirm(_ candidate: Municipality, kind: MatchKind, detail: String, entry: AreaEntry, at k: Int, region index: Int,
                 placed: [Municipality], dataset: inout Dataset, context: StepContext) {
        switch agreement(of: candidate, with: placed) {
        case .agrees(let evidence):
            dataset.regions[index].area[k].resolution = .municipality(number: context.reference.municipalityNumbers[candidate.code]!, match: kind)
            if let issue = MatchMunicipalities.issue(for: entry, at: dataset.regions[index].location(of: entry), municipality: candidate, kind: kind, detail: detail,
                                                     geography: evidence, reference: context.reference) {
                dataset.report(issue, region: index)
            }
        case .disagrees(let evidence):
            dataset.report(Issue(.error, .municipalityUnconfirmed, field: "municipalities", raw: entry.name,
                                 result: candidate.code, at: dataset.regions[index].location(of: entry),
                                 "\"\(entry.name)\" would be \(candidate.name) (\(kind.rawValue) match: \(detail)), but \(evidence); left unresolved. Add an alias to settle it."),
                           region: index)
        }
    }

    /// Whether a single candidate lies among the list's other municipalities.
    enum Agreement: Equatable {
        case agrees(String)
        case disagrees(String)
    }

    /// A candidate agrees with the list when it is in it already, or lies within `nearbyKilometres`
    /// of one of its municipalities, or no farther from the nearest than the list's own municipalities
    /// lie from theirs (a list spread wide accepts a wider gap).
    func agreement(of candidate: Municipality, with placed: [Municipality]) -> Agreement {
        if placed.contains(where: { $0.code == candidate.code }) {
            return .agrees("It is also listed by name.")
        }
        guard let nearest = Geography.nearest(to: candidate, among: placed) else {
            return .disagrees("the list has no other municipality to compare with")
        }
        let km = Int(nearest.distance.rounded())
        if nearest.distance <= nearbyKilometres {
            return .agrees("It lies \(km) km from \(nearest.municipality.name), among the list's other municipalities.")
        }
        // Measured only when needed: quadratic in the list's length.
        let spread = placed.compactMap { m in Geography.nearest(to: m, among: placed.filter { $0.code != m.code })?.distance }.max() ?? 0
        let allowed = max(nearbyKilometres, spread)
        if nearest.distance <= allowed {
            return .agrees("It lies \(km) km from \(nearest.municipality.name), among the list's other municipalities.")
        }
        return .disagrees("it lies \(km) km from the nearest of the list's other municipalities (\(nearest.municipality.name)); at most \(Int(allowed.rounded())) km is among them")
    }
}
