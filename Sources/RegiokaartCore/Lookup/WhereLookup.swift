/// Answers `regiokaart where NAME` from a published dataset (`Output/regions.json`) and the
/// reference data, without a rebuild.
///
/// A name is read two ways at once. As a region: its id, its name or name as published, or a name
/// it was seen under (voorloper, theme case), compared folded (`NameFolding.fold`). As a
/// municipality: through `MunicipalityMatcher`, the one place the spelling rules live (exact,
/// alias, qualifier, folded, former, place, fuzzy); a name the matcher finds ambiguous lists every
/// candidate. A fuzzy reading is left out when the name already named a region. Nothing found: the
/// nearest known names by edit distance.
public struct WhereLookup: Sendable {
    let regions: [RegionRecord]
    let reference: ReferenceData
    let matcher: MunicipalityMatcher
    /// Region indices by folded id, name, name as published and seen-under names.
    let regionsByFolded: [String: [(index: Int, by: String)]]

    /// A lookup over a published dataset's regions and the reference data.
    public init(regions: [RegionRecord], reference: ReferenceData) {
        self.regions = regions
        self.reference = reference
        matcher = MunicipalityMatcher(reference: reference)
        var index: [String: [(index: Int, by: String)]] = [:]
        for (i, region) in regions.enumerated() {
            let names = [(region.id, "id"), (region.name, "name"), (region.nameAsPublished, "name")]
                + region.aliases.map { ($0.name, "alias") }
            for (name, by) in names {
                let key = NameFolding.fold(name)
                guard !key.isEmpty, !(index[key]?.contains { $0.index == i } ?? false) else { continue }
                index[key, default: []].append((i, by))
            }
        }
        regionsByFolded = index
    }

    /// The answer for `query`.
    public func answer(_ query: String) -> WhereAnswer {
        let name = NameFolding.collapseWhitespace(query)
        let regionMatches = (regionsByFolded[NameFolding.fold(name)] ?? []).map { regionMatch(regions[$0.index], by: $0.by) }
        var understood: WhereAnswer.Understanding?
        var municipalities: [WhereAnswer.MunicipalityMatch] = []
        let outcome = matcher.match(name)
        if let kind = outcome.kind, let hit = outcome.hit, !(kind == .fuzzy && !regionMatches.isEmpty) {
            understood = WhereAnswer.Understanding(rule: hit.label == nil ? kind.rawValue : LabelRule.name, detail: hit.detail, ambiguous: hit.codes.count > 1)
            municipalities = hit.codes.compactMap { reference.municipalityByCode[$0] }.map(municipalityMatch)
        }
        var answer = WhereAnswer(query: query, regions: regionMatches, understood: understood,
                                 municipalities: municipalities, suggestions: [])
        if !answer.found { answer.suggestions = suggestions(for: name) }
        return answer
    }

    /// `region` with its municipalities.
    func regionMatch(_ region: RegionRecord, by: String) -> WhereAnswer.RegionMatch {
        WhereAnswer.RegionMatch(region: ref(region), scope: region.scope, matchedBy: by,
                                municipalities: region.municipalities.map { WhereAnswer.MunicipalityRef(code: $0.code, name: $0.name) },
                                provinces: region.provinces.map(\.name))
    }

    /// `municipality` with the regions serving it per sector, and the national regions.
    func municipalityMatch(_ municipality: Municipality) -> WhereAnswer.MunicipalityMatch {
        var sectors: [String: [WhereAnswer.RegionRef]] = [:]
        for sector in Sector.allCases { sectors[sector.rawValue] = [] }
        var national: [WhereAnswer.RegionRef] = []
        for region in regions {
            if region.scope == Scope.national.rawValue {
                national.append(ref(region))
            } else if region.municipalities.contains(where: { $0.code == municipality.code }) {
                for sector in region.sectors { sectors[sector, default: []].append(ref(region)) }
            }
        }
        return WhereAnswer.MunicipalityMatch(municipality: WhereAnswer.MunicipalityRef(code: municipality.code, name: municipality.name),
                                             province: municipality.provinceName, sectors: sectors, national: national)
    }

    func ref(_ region: RegionRecord) -> WhereAnswer.RegionRef {
        WhereAnswer.RegionRef(id: region.id, name: region.name, sectors: region.sectors)
    }

    /// Up to `count` known names nearest to `name` (folded, by edit distance; ties by name):
    /// municipalities, aliases, former municipalities, places, and region names and ids.
    func suggestions(for name: String, count: Int = 5) -> [String] {
        let folded = Array(NameFolding.fold(name).utf8)
        guard !folded.isEmpty else { return [] }
        let bound = max(2, folded.count / 3)
        let names = reference.municipalities.map(\.name) + reference.aliases.map(\.name) + reference.mergers.map(\.oldName)
            + reference.places.map(\.name) + regions.flatMap { [$0.name, $0.id] }
        var best: [String: Int] = [:]
        for candidate in Set(names) {
            if let d = EditDistance.distance(folded, Array(NameFolding.fold(candidate).utf8), bound: bound) {
                best[candidate] = d
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(count).map(\.key)
    }
}
