@testable import RegiokaartCore

/// The test oracle for `RegionIndex`: every mention rule and the resolver as plain scans over every
/// region of the pool, written the simplest way. `RegionIndexTests` holds the indexed lookups that
/// the build uses equal to these, on the real regions and on numbered copies.
protocol ScanningMentionRule {
    /// The regions of `pool` (indices into `regions`) the rule finds for `mention`, by scanning them.
    func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate]
}

extension ExactNameRule: ScanningMentionRule {
    func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        pool.filter { regions[$0].name == mention.name || regions[$0].nameAsPublished == mention.asListed }.map {
            candidate(mention, $0, regions)
        }
    }
}

extension FoldedNameRule: ScanningMentionRule {
    func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        let folded = NameFolding.fold(mention.name)
        guard !folded.isEmpty else { return [] }
        return pool.filter { NameFolding.fold(regions[$0].name) == folded }.map { candidate(mention, $0, regions) }
    }
}

extension TokenRule: ScanningMentionRule {
    func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        let words = NameTokens(mention.name)
        guard !words.words.isEmpty else { return [] }
        return pool.compactMap { candidate(words, NameTokens(regions[$0].name), $0, regions) }
    }
}

extension GeographyRule: ScanningMentionRule {
    func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        guard let area = reader.area(of: mention) else { return [] }
        if area.national {
            return pool.filter { regions[$0].scope == .national }.map { nationalCandidate(area, $0, regions) }
        }
        return pool.compactMap { index in
            let region = regions[index]
            guard region.scope != .national else { return nil }
            let codes = Set(region.municipalities.map(\.municipality.code))
            let overlap = codes.intersection(area.codes).count
            guard overlap > 0 else { return nil }
            return candidate(area, index, regions, overlap: overlap, covered: codes.count)
        }
    }
}

extension RegionResolver {
    /// The regions a mention may mean: national ones for voorlopers listed under "Landelijk", the
    /// others for voorlopers listed under a part of the country, all for other mentions.
    func pool(for mention: RegionMention, regions: [Region]) -> [Int] {
        let pool = RegionPool(for: mention)
        return regions.indices.filter { pool.contains(regions[$0]) }
    }

    /// The resolution of `mention` among `regions`, each rule scanning every region of the pool.
    func resolveByScanning(_ mention: RegionMention, regions: [Region]) -> MentionResolution {
        let pool = pool(for: mention, regions: regions)
        return resolve(mention, regions: regions, hasRegion: { id in regions.contains { $0.id == id } },
                       candidates: { scannedCandidates($0, for: mention, pool: pool, regions: regions) })
    }

    /// The candidates of `rule` for `mention` by scanning `pool`.
    func scannedCandidates(_ rule: any MentionRule, for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        (rule as! any ScanningMentionRule).candidates(for: mention, pool: pool, regions: regions)
    }
}
