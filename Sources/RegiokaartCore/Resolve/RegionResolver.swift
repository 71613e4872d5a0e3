/// Ties a region mention to a region id, or says why it cannot.
///
/// Order: the steward's alias table; then the rules — exact name, folded name, word-set similarity,
/// geography — each with the sector check. A rule's candidates whose sectors share nothing with the
/// mention's tag are dropped ("Rotterdam (po)" is not the vo/mbo Rotterdam); when none remain, the
/// next rule is tried. Among the rest, for names a region that serves every tagged sector beats one
/// that lacks some, then the higher score wins. For geography the overlap comes first: every region
/// within a factor of two of the best overlap contends, and among those the sector fit decides (so a
/// region that serves all tagged sectors but covers a sliver of the area never beats the region that
/// covers it). A tie is unresolved, never a coin toss. When a name's best candidate lacks tagged sectors that another candidate of the same
/// name serves ("Midden-Nederland (po/vo/mbo)": a po region and a vo/mbo region), the mention spans
/// several regions and stays unresolved.
struct RegionResolver: Sendable {
    let rules: [any MentionRule]
    let aliases: RegionAliasTable

    init(context: StepContext, aliases: RegionAliasTable) {
        rules = [ExactNameRule(), FoldedNameRule(), TokenRule(), GeographyRule(context: context)]
        self.aliases = aliases
    }

    /// The resolution of `mention` among `index.regions`, each rule looking its candidates up in
    /// `index`. Build the index once for all the mentions of a dataset.
    func resolve(_ mention: RegionMention, in index: RegionIndex) -> MentionResolution {
        let pool = RegionPool(for: mention)
        return resolve(mention, regions: index.regions, hasRegion: { id in index.regions.contains { $0.id == id } },
                       candidates: { $0.candidates(for: mention, in: index, pool: pool) })
    }

    /// The resolution, with the candidates of a rule from `candidates` (the rule's candidates in
    /// the mention's pool, in publication order).
    func resolve(_ mention: RegionMention, regions: [Region], hasRegion: (String) -> Bool,
                 candidates: (any MentionRule) -> [MentionCandidate]) -> MentionResolution {
        var evidence: [String] = []
        if let alias = aliases.alias(for: mention) {
            let note = "alias table \(alias.location)\(alias.note.isEmpty ? "" : ": \(alias.note)")"
            guard hasRegion(alias.regionID) else {
                return .unresolved("the alias table points at \(alias.regionID), which the publication does not have (\(alias.location))",
                                   rule: .alias, evidence: [note])
            }
            return .linked(alias.regionID, .certain, by: .alias, evidence: [note])
        }
        if mention.landsdeel != nil {
            evidence.append(mention.isNational ? "listed under \"\(mention.landsdeel!)\": only national regions considered"
                                               : "listed under \"\(mention.landsdeel!)\": national regions not considered")
        }
        let tag = mention.tag?.canonicalText ?? "no tag"
        var dropped = Set<Int>()  // regions already reported as not fitting the tag
        for rule in rules {
            let found = candidates(rule)
            guard !found.isEmpty else { continue }
            var fitting: [(candidate: MentionCandidate, fit: SectorFit)] = []
            for candidate in found {
                let fit = SectorFit(tagged: mention.sectors, served: regions[candidate.region].sectors)
                if fit == .none {
                    guard dropped.insert(candidate.region).inserted else { continue }
                    evidence.append("\(rule.kind.rawValue): \(candidate.note), but it serves \(Self.sectors(regions[candidate.region].sectors)) and the tag says \(tag): dropped")
                } else {
                    fitting.append((candidate, fit))
                }
            }
            guard !fitting.isEmpty else { continue }
            // Names: sector fit first, then the score. Geography: the candidates not clearly beaten on
            // overlap (within a factor of two of the best) contend, and the sector fit decides among them.
            let ordered = rule.needsDominance
                ? fitting.sorted { Self.rank($1, $0, scoreFirst: true) }
                : fitting.sorted { Self.rank($1, $0, scoreFirst: false) }
            let contenders = rule.needsDominance
                ? ordered.filter { 2 * $0.candidate.score > ordered[0].candidate.score }.sorted { Self.rank($1, $0, scoreFirst: false) }
                : ordered
            let best = contenders[0]
            // A set, not a scan per candidate: on an archive a name can have a thousand candidates.
            // By region number: a rule lists each region once, and hashing a candidate hashed its note.
            let contending = Set(contenders.map(\.candidate.region))
            let others = (contenders.dropFirst() + ordered.filter { !contending.contains($0.candidate.region) })
            evidence.append("\(rule.kind.rawValue): \(best.candidate.note)")
            evidence.append("sectors: \(tag) \(best.fit == .fits ? "fits" : "partly fits") \(regions[best.candidate.region].id) (\(Self.sectors(regions[best.candidate.region].sectors)))")
            if best.fit == .partial, rule.kind != .geography {
                let missing = Set(mention.sectors).subtracting(regions[best.candidate.region].sectors)
                let suppliers = others.filter { !Set(regions[$0.candidate.region].sectors).isDisjoint(with: missing) }
                let supplied = Set(suppliers.flatMap { regions[$0.candidate.region].sectors })
                if !suppliers.isEmpty, missing.isSubset(of: supplied) {
                    let list = ([best] + suppliers).map { "\(regions[$0.candidate.region].id) (\(Self.sectors(regions[$0.candidate.region].sectors)))" }
                    return .unresolved("the tag \(tag) spans several regions of this name: \(list.joined(separator: ", "))",
                                       rule: rule.kind, evidence: evidence)
                }
            }
            if let second = others.first { evidence.append("next: \(second.candidate.note)") }
            if !others.isEmpty {
                let tied = contenders.dropFirst().filter {
                    $0.fit == best.fit && (rule.needsDominance || $0.candidate.score == best.candidate.score)
                }
                if !tied.isEmpty {
                    let list = ([best] + tied).map { "\(regions[$0.candidate.region].id) (\(Self.sectors(regions[$0.candidate.region].sectors)))" }
                    return .unresolved("fits several regions equally by \(rule.kind.rawValue): \(list.joined(separator: ", "))",
                                       rule: rule.kind, evidence: evidence)
                }
            }
            let nameSettled = rule.kind == .exact || rule.kind == .folded
                || (rule.kind == .tokens && best.candidate.score == 1 && best.candidate.isExact)
            let confidence: LinkConfidence = nameSettled && best.fit == .fits ? .certain : .probable
            return .linked(regions[best.candidate.region].id, confidence, by: rule.kind, evidence: evidence)
        }
        return .unresolved("no region name, word set or named place fits\(mention.tag.map { " with the tag \($0.canonicalText)" } ?? "")",
                           evidence: evidence)
    }

    /// True when `a` ranks below `b`: by sector fit then score (or score then fit), then publication
    /// order (earlier ranks higher).
    static func rank(_ a: (candidate: MentionCandidate, fit: SectorFit), _ b: (candidate: MentionCandidate, fit: SectorFit),
                     scoreFirst: Bool) -> Bool {
        if scoreFirst, a.candidate.score != b.candidate.score { return a.candidate.score < b.candidate.score }
        if a.fit != b.fit { return a.fit < b.fit }
        if a.candidate.score != b.candidate.score { return a.candidate.score < b.candidate.score }
        return a.candidate.region > b.candidate.region
    }

    /// The sectors a region serves, for the evidence: "vo/mbo", or "no sector".
    static func sectors(_ sectors: [Sector]) -> String {
        sectors.isEmpty ? "no sector" : sectors.map(\.rawValue).joined(separator: "/")
    }
}
