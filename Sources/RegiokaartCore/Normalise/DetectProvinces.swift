/// Recognises provinces listed where municipalities were expected ("• Groningen • Friesland • Drenthe").
///
/// A name that is only a province is a province. A name that is both a province and a municipality
/// (Groningen, Utrecht) is decided by the rest of the list: a province when the other entries are
/// provinces only, otherwise the municipality. Each such decision is reported with its reason.
/// A region whose list is all provinces gets scope `provinces`.
public struct DetectProvinces: RegionStep {
    public let name = "detect-provinces"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let area = dataset.regions[index].area
        var provinceOnly: [Int] = []
        var both: [Int] = []
        var others = 0
        for (k, entry) in area.enumerated() where entry.resolution == .pending {
            guard context.provinces.province(named: entry.name) != nil else { others += 1; continue }
            let asMunicipality = context.matcher.match(entry.name)
            if let kind = asMunicipality.kind, [.exact, .qualifier, .folded, .alias].contains(kind) {
                both.append(k)
            } else {
                provinceOnly.append(k)
            }
        }
        guard !provinceOnly.isEmpty || !both.isEmpty else { return }
        let bothAreProvinces = !provinceOnly.isEmpty && others == 0
        for k in provinceOnly + (bothAreProvinces ? both : []) {
            let code = context.provinces.province(named: area[k].name)!
            dataset.regions[index].area[k].resolution = .province(code: code)
        }
        for k in both {
            let entry = area[k]
            let province = context.reference.provinceByCode[context.provinces.province(named: entry.name)!]!
            let reading: String
            let severity: Severity
            if bothAreProvinces {
                reading = "the province \(province.name) (\(province.code)): the other entries of this list are provinces"
                severity = .info
            } else if others > 0 {
                reading = "the municipality: the other entries of this list are municipalities"
                severity = .info
            } else {
                reading = "the municipality: it is the only entry, and a single name is read as the narrower area"
                severity = .warning
            }
            dataset.report(Issue(severity, .areaProvinceOrMunicipality, field: "municipalities", raw: entry.name,
                                 result: bothAreProvinces ? province.code : entry.name, at: entry.location,
                                 "\"\(entry.name)\" is both a province and a municipality; read as \(reading)."), region: index)
        }
        if !provinceOnly.isEmpty && others == 0 {
            dataset.regions[index].scope = .provinces
        }
    }
}
