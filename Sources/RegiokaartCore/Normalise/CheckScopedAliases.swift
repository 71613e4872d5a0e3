/// Checks the alias rows scoped to a region id against the publication, before the names are
/// matched (`MatchMunicipalities`): a row whose region id no card has is an error
/// (`municipality.alias_unknown_region`), a row whose card lists no such name a warning (stale or
/// mistyped, `municipality.alias_unused`).
struct CheckScopedAliases: Step {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        let scoped = context.reference.aliases.filter { $0.regionID != nil }
        guard !scoped.isEmpty else { return }
        let indexByID = Dictionary(dataset.regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for alias in scoped {
            guard let index = indexByID[alias.regionID!] else {
                dataset.report(Issue(.error, .municipalityAliasUnknownRegion, field: "region_id", raw: alias.name,
                                     result: alias.regionID!, at: alias.location,
                                     "The municipality alias \"\(alias.name)\" is scoped to \(alias.regionID!), which is no region id of the publication; fix or remove the row."))
                continue
            }
            let folded = NameFolding.fold(alias.name)
            guard !dataset.regions[index].area.contains(where: { NameFolding.fold($0.name) == folded }) else { continue }
            dataset.report(Issue(.warning, .municipalityAliasUnused, field: "municipalities", raw: alias.name,
                                 result: alias.regionID!, at: alias.location,
                                 "The municipality alias \"\(alias.name)\" is scoped to \(alias.regionID!), whose card lists no such name; fix or remove the row."),
                           region: index)
        }
    }
}
