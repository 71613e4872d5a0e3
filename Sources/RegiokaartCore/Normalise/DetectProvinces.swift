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

    func apply(to dataset: inout Dataset, context: StepContext) {
        var names = Names()
        for index in dataset.regions.indices { detect(regionAt: index, of: &dataset, context: context, names: &names) }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var names = Names()
        detect(regionAt: index, of: &dataset, context: context, names: &names)
    }

    /// What the listed names are, looked up once per distinct name of the run.
    struct Names {
        /// Name → the province it stands for, if any.
        var provinces: [String: String?] = [:]
        /// The matcher's outcomes.
        var matches = MatchMemo()

        /// `context.provinces.province(named: name)`, from the table when the name was seen before.
        mutating func province(named name: String, context: StepContext) -> String? {
            guard context.provinces.mayName(name) else { return nil }
            if let known = provinces[name] { return known }
            let code = context.provinces.province(named: name)
            provinces[name] = code
            return code
        }
    }

    func detect(regionAt index: Int, of dataset: inout Dataset, context: StepContext, names: inout Names) {
        let area = dataset.regions[index].area
        let region = dataset.regions[index].id
        var provinceOnly: [Int] = []
        var both: [Int] = []
        var others: [Int] = []
        // The other entries are only listed for a list that names a province (few do): the first
        // pass looks for one, and only then are they gathered.
        var isProvince: [Int: Bool] = [:]
        for k in area.indices {
            guard case .pending = area[k].resolution else { continue }
            let name = area[k].name
            guard names.province(named: name, context: context) != nil else { continue }
            let asMunicipality = names.matches.match(name, region: region, matcher: context.matcher)
            if asMunicipality.kind == .alias {
                isProvince[k] = false
            } else if let kind = asMunicipality.kind, Self.municipalityKinds.contains(kind) {
                both.append(k)
                isProvince[k] = true
            } else {
                provinceOnly.append(k)
                isProvince[k] = true
            }
        }
        guard !provinceOnly.isEmpty || !both.isEmpty else { return }
        for k in area.indices where isProvince[k] != true {
            guard case .pending = area[k].resolution else { continue }
            others.append(k)
        }
        let misspelt = readMisspelt(others, of: area, region: region, context: context, matches: &names.matches)
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
                                     result: "\(province.name) (\(code))", at: dataset.regions[index].location(of: entry),
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
                                 result: bothAreProvinces ? province.code : entry.name, at: dataset.regions[index].location(of: entry),
                                 "\"\(entry.name)\" is both a province and a municipality; read as \(reading)."), region: index)
        }
        if bothAreProvinces {
            dataset.regions[index].scope = .provinces
        }
    }

    /// The entries at `indices` that are each one edit from exactly one province and match no
    /// municipality by name; empty as soon as one entry is not (the list is then not all provinces).
    func readMisspelt(_ indices: [Int], of area: [AreaEntry], region: String,
                      context: StepContext, matches: inout MatchMemo) -> [(Int, String, String)] {
        var read: [(Int, String, String)] = []
        for k in indices {
            let (codes, detail) = context.provinces.misspelt(area[k].name)
            guard codes.count == 1 else { return [] }
            if let kind = matches.match(area[k].name, region: region, matcher: context.matcher).kind, Self.municipalityKinds.contains(kind) { return [] }
            read.append((k, codes[0], detail))
        }
        return read
    }
}
