/// Checks that every municipality code in the dataset is in the reference list.
public struct CheckMunicipalityCodes: RegionStep {
    public let name = "check-municipality-codes"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        for m in dataset.regions[index].municipalities where context.reference.municipalityByCode[m.municipality.code] == nil {
            dataset.report(Issue(.error, .municipalityUnknownCode, field: "municipalities", raw: m.municipality.code,
                                 at: m.source, "The code \(m.municipality.code) is not in the CBS reference list."), region: index)
        }
    }
}
