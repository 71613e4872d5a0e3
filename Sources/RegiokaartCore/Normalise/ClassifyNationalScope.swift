/// Marks regions whose card lists no area as national: scope `national`, no municipalities.
struct ClassifyNationalScope: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let region = dataset.regions[index]
        guard region.area.isEmpty else { return }
        dataset.regions[index].scope = .national
        let why = region.hasAreaHeading ? "Its \"Verzorgingsgebied\" heading has no list" : "The card has no \"Verzorgingsgebied\""
        dataset.report(Issue(.info, .regionNationalScope, field: "scope", result: Scope.national.rawValue, at: region.source,
                             "\(why): the region is taken to work nationwide, without municipalities."), region: index)
    }
}
