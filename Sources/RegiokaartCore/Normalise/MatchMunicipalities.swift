/// Ties every listed name to a CBS municipality with the matcher's rules, reporting each match that
/// is not exact. Ambiguities, and the candidates whose rule wants the geography's word (a place, a
/// short name's typo, see `GeographyCheck`), are left for the geography step; names no rule matches
/// are errors and stay in the region, raw.
///
/// Each name is matched on its card: an alias row scoped to a region id applies there only
/// (`CheckScopedAliases`, just before, reports the rows whose card is missing or lists no such name).
struct MatchMunicipalities: RegionStep {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        // Each distinct name is matched and judged once (a name with an alias row scoped to a card,
        // once per card): archives repeat the same names thousands of times. Every occurrence is
        // still reported, with its own line.
        var decisions = Decisions()
        for index in dataset.regions.indices { match(regionAt: index, of: &dataset, context: context, decisions: &decisions) }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var decisions = Decisions()
        match(regionAt: index, of: &dataset, context: context, decisions: &decisions)
    }

    /// The decisions made in a run, each held once and found by its key (`MatchMemo.key`): per
    /// decision its resolution and the positions of its findings in `findings` (most have none), so
    /// that an entry reads a plain value and only a reported one copies its findings.
    struct Decisions {
        var made: [(resolution: AreaResolution, findings: Range<Int>)] = []
        var findings: [Issue] = []
        var numberOfKey: [String: Int] = [:]
    }

    /// Matches the pending entries of the region at `index`, taking the decision for a name from
    /// `decisions` when it was made before.
    func match(regionAt index: Int, of dataset: inout Dataset, context: StepContext, decisions: inout Decisions) {
        let region = dataset.regions[index].id
        for k in dataset.regions[index].area.indices {
            guard case .pending = dataset.regions[index].area[k].resolution else { continue }
            let key = MatchMemo.key(dataset.regions[index].area[k].name, region: region, matcher: context.matcher)
            let number: Int
            if let known = decisions.numberOfKey[key] {
                number = known
            } else {
                number = decisions.made.count
                let made = decision(for: dataset.regions[index].area[k], region: region, context: context)
                let start = decisions.findings.count
                decisions.findings += made.issues
                decisions.made.append((made.resolution, start..<decisions.findings.count))
                decisions.numberOfKey[key] = number
            }
            let (resolution, findings) = decisions.made[number]
            dataset.regions[index].area[k].resolution = resolution
            for finding in findings {
                var issue = decisions.findings[finding]
                issue.location = dataset.regions[index].location(of: dataset.regions[index].area[k])
                dataset.report(issue, region: index)
            }
        }
    }

    /// What a name resolves to and the findings that report it (made for the entry it was first
    /// listed as; each occurrence reports them at its own line).
    struct Decision {
        var resolution: AreaResolution
        var issues: [Issue]
    }

    /// The decision for `entry` listed on the card `region` (its findings without location: `match`
    /// places them at each occurrence). A label left out is reported first (`labelIssue`), then the
    /// match of the rest as any match is.
    func decision(for entry: AreaEntry, region: String, context: StepContext) -> Decision {
        let outcome = context.matcher.match(entry.name, region: region)
        let resolved = resolution(of: outcome, context: context)
        var issues: [Issue] = []
        if let label = outcome.hit?.label, let hit = outcome.hit {
            issues.append(Self.labelIssue(for: entry, label: label, codes: hit.codes, reference: context.reference))
            if label.contradicted { return Decision(resolution: resolved, issues: issues) }
        }
        // What waits for the geography is reported by the geography step.
        if case .ambiguous = resolved { return Decision(resolution: resolved, issues: issues) }
        if let issue = issue(for: entry, at: nil, outcome: outcome, reference: context.reference) { issues.append(issue) }
        return Decision(resolution: resolved, issues: issues)
    }

    /// The report of a label left out of `entry` before it matched `codes` (`municipality.label_removed`,
    /// info), or of a province label that contradicts them (`municipality.province_contradicts`, an error).
    static func labelIssue(for entry: AreaEntry, label: NameLabel, codes: [String], reference: ReferenceData) -> Issue {
        let province = label.province.flatMap { reference.provinceByCode[$0]?.name } ?? label.province ?? ""
        if label.contradicted {
            let lying = codes.compactMap { reference.municipalityByCode[$0] }.map { "\($0.name) (\($0.code)) lies in \($0.provinceName)" }
            return Issue(.error, .municipalityProvinceContradicts, field: "municipalities", raw: entry.name, result: names(codes, reference),
                         at: nil, "\"\(entry.name)\" names the province \(province), but \(lying.joined(separator: ", ")); left unresolved. Add an alias to settle it.")
        }
        let what = label.province == nil ? "the municipality kind" : "the province \(province)"
        var text = "\"\(entry.name)\" was read as \"\(label.rest)\": \(label.printedList) name\(label.printed.count == 1 ? "s" : "") \(what), not part of the name, and \(label.printed.count == 1 ? "was" : "were") left out."
        if !label.outside.isEmpty { text += " \(names(label.outside, reference)) lie\(label.outside.count == 1 ? "s" : "") outside \(province)." }
        return Issue(.info, .municipalityLabelRemoved, field: "municipalities", raw: entry.name, result: names(codes, reference), at: nil, text)
    }

    /// How each kind of match is reported: severity, code and the sentence (raw name, CBS name, rule detail).
    /// Exact matches change nothing and are not reported.
    static let reports: [MatchKind: (Severity, IssueCode, @Sendable (String, String, String) -> String)] = [
        .qualifier: (.info, .municipalityQualifier, { "\"\($0)\" is \($1) in CBS spelling (\($2))." }),
        .folded: (.info, .municipalityFolded, { "\"\($0)\" is \($1) (\($2))." }),
        .alias: (.info, .municipalityAlias, { "\"\($0)\" is \($1) by the \($2)." }),
        .former: (.info, .municipalityFormer, { "\"\($0)\" is a former municipality: \($2)." }),
        .place: (.warning, .municipalityPlace, { "\"\($0)\" is a place in \($1): \($2)." }),
        .fuzzy: (.warning, .municipalityFuzzyMatch, { "\"\($0)\" was read as \($1): \($2)." }),
        .shortFuzzy: (.warning, .municipalityShortFuzzyMatch, { "\"\($0)\" was read as \($1): \($2)." }),
    ]

    /// What `outcome` makes of an entry. A single code the reference lacks (only a reference not
    /// read by `ReferenceLoader`, which checks every code, can give one) leaves the entry unmatched.
    func resolution(of outcome: MatchOutcome, context: StepContext) -> AreaResolution {
        guard let kind = outcome.kind, let hit = outcome.hit, hit.label?.contradicted != true else { return .unmatched }
        if hit.codes.count == 1 && context.matcher.geography(for: kind) == .decidesTies {
            guard let number = context.reference.municipalityNumbers[hit.codes[0]] else { return .unmatched }
            return .municipality(number: number, match: kind)
        }
        return .ambiguous(codes: hit.codes, match: kind)
    }

    func issue(for entry: AreaEntry, at location: SourceLocation?, outcome: MatchOutcome, reference: ReferenceData) -> Issue? {
        guard let kind = outcome.kind, let hit = outcome.hit else {
            return Issue(.error, .municipalityUnmatched, field: "municipalities", raw: entry.name, at: location,
                         "\"\(entry.name)\" matches no CBS municipality, province or alias; kept raw and not placed.")
        }
        guard hit.codes.count == 1, let m = reference.municipalityByCode[hit.codes[0]] else { return nil }
        if kind == .alias, let overridden = outcome.overridden, overridden.hit.codes.count == 1, overridden.hit.codes != hit.codes {
            return Issue(.warning, .municipalityAliasOverride, field: "municipalities", raw: entry.name,
                         result: "\(m.name) (\(m.code))", at: location,
                         "\"\(entry.name)\" is \(m.name) by the \(hit.detail); without that row the \(overridden.kind.rawValue) rule would have chosen \(Self.names(overridden.hit.codes, reference)) (\(overridden.hit.detail)).")
        }
        return Self.issue(for: entry, at: location, municipality: m, kind: kind, detail: hit.detail, reference: reference)
    }

    /// The report of `entry` matched to `municipality` by a `kind` rule (nil for an exact match);
    /// `geography` (the geography step's evidence) is appended to the sentence.
    static func issue(for entry: AreaEntry, at location: SourceLocation?, municipality m: Municipality, kind: MatchKind, detail: String,
                      geography: String = "", reference: ReferenceData) -> Issue? {
        guard let (severity, code, sentence) = reports[kind] else { return nil }
        var text = sentence(entry.name, m.name, detail)
        if !geography.isEmpty { text += " " + geography }
        return Issue(severity, code, field: "municipalities", raw: entry.name, result: "\(m.name) (\(m.code))",
                     at: location, text)
    }

    /// "Bergen (L.) (GM0893)" or "Bergen (L.) (GM0893) or Bergen (NH.) (GM0373)".
    static func names(_ codes: [String], _ reference: ReferenceData) -> String {
        codes.map { code in reference.municipalityByCode[code].map { "\($0.name) (\(code))" } ?? code }.joined(separator: " or ")
    }
}
