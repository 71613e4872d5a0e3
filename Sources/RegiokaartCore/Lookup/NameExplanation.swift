/// How one municipality name is matched, for `regiokaart explain`: the province reading, the
/// steward's scoped alias rows, and every step of `MunicipalityMatcher` in order (its rules, and
/// leaving a label out) with its candidates, distances and what they become. The matcher's own rule table is reused, so the
/// explanation cannot drift from what a build does.
public enum NameExplanation {
    /// The explanation of `name` as listed on the card `region` (nil: no card), one line each.
    public static func text(_ name: String, region: String?, reference data: ReferenceData) -> String {
        let matcher = MunicipalityMatcher(reference: data)
        let provinces = ProvinceIndex(reference: data)
        var lines = ["\"\(name)\" (folded: \(NameFolding.fold(name)))" + (region.map { " on the card \($0)" } ?? "")]
        if let code = provinces.province(named: name), let province = data.provinceByCode[code] {
            lines.append("  province: \(province.name) (\(code)); in a list of provinces it is read as the province")
        } else {
            let misspelt = provinces.misspelt(name)
            if misspelt.codes.count == 1, let province = data.provinceByCode[misspelt.codes[0]] {
                lines.append("  misspelt province: \(province.name) (\(province.code)), \(misspelt.detail); read as it only in a list whose other entries are provinces")
            } else if misspelt.codes.count > 1 {
                lines.append("  misspelt province: \(misspelt.detail); a tie, never read as a province")
            }
        }
        let scoped = data.aliases.filter { $0.regionID != nil && NameFolding.fold($0.name) == NameFolding.fold(name) }
        for alias in scoped where alias.regionID != region {
            lines.append("  (alias row \(alias.location) applies to the card \(alias.regionID!) only: give --region \(alias.regionID!) to use it)")
        }
        var decided = false
        for (step, kind, hit) in matcher.explain(name, region: region) {
            guard let hit, let kind else {
                lines.append("  \(step): no candidate")
                continue
            }
            let names = hit.codes.compactMap { data.municipalityByCode[$0] }.map { "\($0.name) (\($0.code), \($0.provinceName))" }
            let made = step == kind.rawValue ? "" : " (match: \(kind.rawValue))"
            lines.append("  \(step): \(names.joined(separator: ", ")) — \(hit.detail)\(made) \(decided ? "(not used: an earlier rule decided)" : verdict(kind, hit, matcher))")
            decided = true
        }
        if !decided { lines.append("  no rule matches: reported as municipality.unmatched (error)") }
        return lines.joined(separator: "\n")
    }

    /// What the deciding rule's candidates become, after the geography's word where the rule asks for it.
    static func verdict(_ kind: MatchKind, _ hit: RuleHit, _ matcher: MunicipalityMatcher) -> String {
        if hit.label?.contradicted == true {
            return "→ not a match: the province label contradicts it; reported as municipality.province_contradicts (error)"
        }
        let override = kind == .alias ? " (overriding every later rule)" : ""
        switch (matcher.geography(for: kind), hit.codes.count) {
        case (.decidesTies, 1): return "→ match" + override
        case (.confirmsOnlyOne, 1), (.confirmsEvery, 1):
            return "→ match if it lies among the card's other municipalities, otherwise reported as municipality.unconfirmed (error)"
        case (.confirmsOnlyOne, _): return "→ ambiguous: a short name's typo is never decided by geography; reported as municipality.ambiguous (error)"
        default: return "→ ambiguous: the region's geography decides, or it is reported"
        }
    }
}
