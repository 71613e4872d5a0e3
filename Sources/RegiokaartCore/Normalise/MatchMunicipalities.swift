/// Ties every listed name to a CBS municipality with the matcher's rules, reporting each match that
/// is not exact. Ambiguities are left for the geography step; names no rule matches are errors and
/// stay in the region, raw.
public struct MatchMunicipalities: Step {
    public let name = "match-municipalities"
    public init() {}

    public func apply(to dataset: inout Dataset, context: StepContext) {
        // Each distinct name is matched once: archives repeat the same names thousands of times.
        var cache: [String: MatchOutcome] = [:]
        for index in dataset.regions.indices {
            for k in dataset.regions[index].area.indices {
                let entry = dataset.regions[index].area[k]
                guard entry.resolution == .pending else { continue }
                let outcome: MatchOutcome
                if let cached = cache[entry.name] {
                    outcome = cached
                } else {
                    outcome = context.matcher.match(entry.name)
                    cache[entry.name] = outcome
                }
                dataset.regions[index].area[k].resolution = resolution(of: outcome)
                if let issue = issue(for: entry, outcome: outcome, reference: context.reference) {
                    dataset.report(issue, region: index)
                }
            }
        }
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
    ]

    func resolution(of outcome: MatchOutcome) -> AreaResolution {
        guard let kind = outcome.kind, let hit = outcome.hit else { return .unmatched }
        return hit.codes.count == 1 ? .municipality(code: hit.codes[0], match: kind) : .ambiguous(codes: hit.codes, match: kind)
    }

    func issue(for entry: AreaEntry, outcome: MatchOutcome, reference: ReferenceData) -> Issue? {
        guard let kind = outcome.kind, let hit = outcome.hit else {
            return Issue(.error, .municipalityUnmatched, field: "municipalities", raw: entry.name, at: entry.location,
                         "\"\(entry.name)\" matches no CBS municipality, province or alias; kept raw and not placed.")
        }
        guard hit.codes.count == 1, let m = reference.municipalityByCode[hit.codes[0]] else { return nil }
        guard let (severity, code, sentence) = Self.reports[kind] else { return nil }
        return Issue(severity, code, field: "municipalities", raw: entry.name, result: "\(m.name) (\(m.code))",
                     at: entry.location, sentence(entry.name, m.name, hit.detail))
    }
}
