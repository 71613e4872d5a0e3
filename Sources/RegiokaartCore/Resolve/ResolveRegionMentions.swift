/// Resolves every voorloper and every theme case to a region (`RegionResolver`) and reports each
/// link with its confidence and evidence: `mention.certain` (info), `mention.probable` (warning: a
/// steward should glance at it), `mention.unresolved` (warning), `mention.alias` for every use of the
/// alias table, and `mention.alias_unknown_region` (an error) for every alias row whose region id the
/// publication does not have, used or not, and `mention.alias_unused` (a warning) for a row no mention needed. Card stories are tied to their card and reported as certain.
struct ResolveRegionMentions: TwoCoreStep {
    let aliases: RegionAliasTable
    /// From this many regions on, the index is built and the mentions are resolved on both cores.
    let splitFrom: Int

    init(aliases: RegionAliasTable, splitFrom: Int = Pipeline.twoCoreThreshold) {
        self.aliases = aliases
        self.splitFrom = splitFrom
    }

    func splitting(from count: Int) -> ResolveRegionMentions {
        ResolveRegionMentions(aliases: aliases, splitFrom: count)
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        // Each region id hashed once, for the alias rows and the findings alike: from the last region
        // to the first, so that of two regions with one id (`AssignIDs` gives none) the first is kept.
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(dataset.regions.count)
        for index in dataset.regions.indices.reversed() { indexByID[dataset.regions[index].id] = index }
        for alias in aliases.aliases where indexByID[alias.regionID] == nil {
            dataset.report(Issue(.error, .mentionAliasUnknownRegion, field: "region_id", raw: alias.mention, result: alias.regionID,
                                 at: alias.location,
                                 "The region alias \"\(alias.mention)\" points at \(alias.regionID), which is no region id of the publication; fix or remove the row."))
        }
        // In the order `resolutions` lists them: the voorlopers, then the cases not tied to their card.
        var resolved = resolutions(of: dataset, context: context).makeIterator()
        for v in dataset.mentions.voorlopers.indices {
            let mention = dataset.mentions.voorlopers[v].mention
            let resolution = resolved.next()!
            dataset.mentions.voorlopers[v].resolution = resolution
            report(mention, resolution, field: "voorloper", region: resolution.regionID.flatMap { indexByID[$0] }, in: &dataset)
        }
        for c in dataset.mentions.cases.indices {
            let story = dataset.mentions.cases[c]
            let resolution = story.resolution ?? resolved.next()!
            dataset.mentions.cases[c].resolution = resolution
            report(story.mention, resolution, field: story.mention.kind == .cardStory ? "card_story" : "case",
                   region: resolution.regionID.flatMap { indexByID[$0] }, in: &dataset)
        }
        reportUnusedAliases(in: &dataset, indexByID: indexByID)
    }

    /// The resolutions of the mentions of `dataset` that need one, in order: the voorlopers, then
    /// the cases not tied to their card.
    ///
    /// A resolution depends only on the mention's text and landsdeel, so each distinct mention is
    /// resolved once: an archive repeats the same theme-case links once per copy, and resolving
    /// each against every region would make the step quadratic. The regions' names, words and
    /// municipalities are indexed once for all of them (not at all when there are none). The
    /// mentions are independent of each other: on a large dataset they are resolved on both cores.
    func resolutions(of dataset: Dataset, context: StepContext) -> [MentionResolution] {
        let needed = dataset.mentions.voorlopers.map(\.mention)
            + dataset.mentions.cases.filter { $0.resolution == nil }.map(\.mention)
        var numbers: [String: Int] = [:]  // key → its number among the distinct mentions
        var distinct: [RegionMention] = []
        let number = needed.map { mention in
            let key = mention.asListed + "\u{1}" + (mention.landsdeel ?? "")
            if let known = numbers[key] { return known }
            numbers[key] = distinct.count
            distinct.append(mention)
            return distinct.count - 1
        }
        guard !distinct.isEmpty else { return [] }
        let resolver = RegionResolver(context: context, aliases: aliases)
        let twoCores = dataset.regions.count >= max(splitFrom, 2)
        let index = RegionIndex(dataset.regions, twoCores: twoCores)
        let mentions = distinct
        let resolved = twoCores && mentions.count > 1
            ? TwoCores.map(mentions.count) { resolver.resolve(mentions[$0], in: index) }
            : mentions.map { resolver.resolve($0, in: index) }
        return number.map { resolved[$0] }
    }

    /// A row no mention needed is stale or mistyped: said, so the steward can remove or fix it.
    func reportUnusedAliases(in dataset: inout Dataset, indexByID: [String: Int]) {
        let settled = dataset.mentions.voorlopers.map { ($0.mention, $0.resolution) }
            + dataset.mentions.cases.map { ($0.mention, $0.resolution) }
        let used = Set(settled.compactMap { mention, resolution in
            resolution?.rule == .alias ? aliases.alias(for: mention)?.location : nil
        })
        for alias in aliases.aliases where indexByID[alias.regionID] != nil && !used.contains(alias.location) {
            dataset.report(Issue(.warning, .mentionAliasUnused, field: "region_id", raw: alias.mention, result: alias.regionID,
                                 at: alias.location,
                                 "The region alias \"\(alias.mention)\" was not needed by any mention this run; remove it or fix its spelling."))
        }
    }

    func report(_ mention: RegionMention, _ resolution: MentionResolution, field: String, region index: Int?,
                in dataset: inout Dataset) {
        let listed = "\"\(mention.asListed)\"" + (mention.landsdeel.map { " (\($0))" } ?? "")
        // A card story's one piece of evidence taken as it is: `joined` costs as much as the rest of the finding.
        let evidence = resolution.evidence.count == 1 ? resolution.evidence[0] : resolution.evidence.joined(separator: "; ")
        if resolution.rule == .alias, let id = resolution.regionID {
            dataset.report(Issue(.info, .mentionAlias, field: field, raw: mention.asListed, result: id, at: mention.location,
                                 "\(listed) → \(id) (certain) by the steward's \(evidence)."), region: index)
            return
        }
        guard let id = resolution.regionID, let confidence = resolution.confidence else {
            dataset.report(Issue(.warning, .mentionUnresolved, field: field, raw: mention.asListed, at: mention.location,
                                 "\(listed) is left unresolved: \(resolution.reason ?? "no rule decided")\(evidence.isEmpty ? "" : ". Evidence: \(evidence)")."))
            return
        }
        let code: IssueCode = confidence == .certain ? .mentionCertain : .mentionProbable
        dataset.report(Issue(confidence == .certain ? .info : .warning, code, field: field, raw: mention.asListed, result: id,
                             at: mention.location,
                             "\(listed) → \(id) (\(confidence.rawValue), by \(resolution.rule?.rawValue ?? "")): \(evidence)."),
                       region: index)
    }
}
