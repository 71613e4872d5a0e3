/// Recognises provinces listed where municipalities were expected ("• Groningen • Friesland • Drenthe").
///
/// A name that is only a province is a province. A name that is both a province and a municipality
/// (Groningen, Utrecht) is decided by the rest of the list: a province when the other entries are
/// provinces only, otherwise the municipality. A name with an alias row is the steward's municipality.
/// A misspelt province (`Denthe`: one edit from exactly one province, and no municipality) is read as
/// that province only when every other entry of the list is a province: the list is the agreement the
/// short-name typo rule asks of the geography. Each such decision is reported with its reason.
/// A region whose list is all provinces gets scope `provinces`.
struct DetectProvinces: RegionStep {
    init() {}

    /// Match kinds that make a name a municipality before it is a misspelt province.
    static let municipalityKinds: Set<MatchKind> = [.exact, .alias, .qualifier, .folded, .former]

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let area = dataset.regions[index].area
        let region = dataset.regions[index].id
        var provinceOnly: [Int] = []
        var both: [Int] = []
        var others: [Int] = []
        for (k, entry) in area.enumerated() where entry.resolution == .pending {
            guard context.provinces.province(named: entry.name) != nil else { others.append(k); continue }
            let asMunicipality = context.matcher.match(entry.name, region: region)
            if asMunicipality.kind == .alias {
                others.append(k)
            } else if let kind = asMunicipality.kind, Self.municipalityKinds.contains(kind) {
                both.append(k)
            } else {
                provinceOnly.append(k)
            }
        }
        guard !provinceOnly.isEmpty || !both.isEmpty else { return }
        let misspelt = readMisspelt(others, of: area, region: region, context: context)
        let allProvinces = misspelt.count == others.count
        let bothAreProvinces = (!provinceOnly.isEmpty || !misspelt.isEmpty) && allProvinces
        for k in provinceOnly + (bothAreProvinces ? both : []) {
            let code = context.provinces.province(named: area[k].name)!
            dataset.regions[index].area[k].resolution = .province(code: code)
        }
        if allProvinces {
            for (k, code, detail) in misspelt {
                let entry = area[k]
                let province = context.reference.provinceByCode[code]!
                dataset.regions[index].area[k].resolution = .province(code: code)
                dataset.report(Issue(.warning, .areaProvinceFuzzyMatch, field: "municipalities", raw: entry.name,
                                     result: "\(province.name) (\(code))", at: entry.location,
                                     "\"\(entry.name)\" was read as the province \(province.name) (\(detail)): the other entries of this list are provinces."),
                               region: index)
            }
        }
        for k in both {
            let entry = area[k]
            let province = context.reference.provinceByCode[context.provinces.province(named: entry.name)!]!
            let reading: String
            let severity: Severity
            if bothAreProvinces {
                reading = "the province \(province.name) (\(province.code)): the other entries of this list are provinces"
                severity = .info
            } else if !others.isEmpty {
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
        if bothAreProvinces {
            dataset.regions[index].scope = .provinces
        }
    }

    /// The entries at `indices` that are each one edit from exactly one province and match no
    /// municipality by name; empty as soon as one entry is not (the list is then not all provinces).
    func readMisspelt(_ indices: [Int], of area: [AreaEntry], region: String,
                      context: StepContext) -> [(Int, String, String)] {
        var read: [(Int, String, String)] = []
        for k in indices {
            let (codes, detail) = context.provinces.misspelt(area[k].name)
            guard codes.count == 1 else { return [] }
            if let kind = context.matcher.match(area[k].name, region: region).kind, Self.municipalityKinds.contains(kind) { return [] }
            read.append((k, codes[0], detail))
        }
        return read
    }
}
