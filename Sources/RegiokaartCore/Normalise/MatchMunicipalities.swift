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
        let result = "\(m.name) (\(m.code))"
        switch kind {
        case .exact, .province:
            return nil
        case .qualifier:
            return Issue(.info, .municipalityQualifier, field: "municipalities", raw: entry.name, result: result,
                         at: entry.location, "\"\(entry.name)\" is \(m.name) in CBS spelling (\(hit.detail)).")
        case .folded:
            return Issue(.info, .municipalityFolded, field: "municipalities", raw: entry.name, result: result,
                         at: entry.location, "\"\(entry.name)\" is \(m.name) (\(hit.detail)).")
        case .alias:
            return Issue(.info, .municipalityAlias, field: "municipalities", raw: entry.name, result: result,
                         at: entry.location, "\"\(entry.name)\" is \(m.name) by the \(hit.detail).")
        case .former:
            return Issue(.info, .municipalityFormer, field: "municipalities", raw: entry.name, result: result,
                         at: entry.location, "\"\(entry.name)\" is a former municipality: \(hit.detail).")
        case .fuzzy:
            return Issue(.warning, .municipalityFuzzyMatch, field: "municipalities", raw: entry.name, result: result,
                         at: entry.location, "\"\(entry.name)\" was read as \(m.name): \(hit.detail).")
        }
    }
}
