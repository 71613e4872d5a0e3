/// Builds each region's final municipality list from its resolved entries, expanding listed provinces
/// to all their municipalities (each marked with the province it came through).
struct CollectMunicipalities: RegionStep {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var links = Links()
        for index in dataset.regions.indices { collect(regionAt: index, of: &dataset, context: context, links: &links) }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var links = Links()
        collect(regionAt: index, of: &dataset, context: context, links: &links)
    }

    /// The links made so far, by municipality code, match and published name: an archive lists the
    /// same names thousands of times, and its pairs share one link each (see `MunicipalityLink`).
    struct Links {
        struct Key: Hashable {
            var code: String
            var match: MatchKind
            var name: String
        }
        var byKey: [Key: MunicipalityLink] = [:]

        mutating func link(_ municipality: Municipality, match: MatchKind, name: String) -> MunicipalityLink {
            let key = Key(code: municipality.code, match: match, name: name)
            if let link = byKey[key] { return link }
            let link = MunicipalityLink(municipality, match: match, nameAsPublished: name, viaProvince: nil)
            byKey[key] = link
            return link
        }
    }

    func collect(regionAt index: Int, of dataset: inout Dataset, context: StepContext, links: inout Links) {
        var municipalities: [RegionMunicipality] = []
        var provinces: [RegionProvince] = []
        var seen = Set<String>()
        // Sized once: a large archive holds hundreds of thousands of pairs, and growing by doubling
        // left up to half of each list unused.
        municipalities.reserveCapacity(dataset.regions[index].area.reduce(0) { count, entry in
            switch entry.resolution {
            case .municipality: count + 1
            case .province(let code): count + context.reference.municipalities(inProvince: code).count
            default: count
            }
        })
        for entry in dataset.regions[index].area {
            switch entry.resolution {
            case .municipality(let code, let kind):
                guard let m = context.reference.municipalityByCode[code], seen.insert(code).inserted else { continue }
                municipalities.append(RegionMunicipality(link: links.link(m, match: kind, name: entry.raw), source: entry.location))
            case .province(let code):
                guard let province = context.reference.provinceByCode[code] else { continue }
                provinces.append(RegionProvince(province: province, nameAsPublished: entry.raw, source: entry.location))
                let members = context.reference.municipalities(inProvince: code)
                for m in members where seen.insert(m.code).inserted {
                    municipalities.append(RegionMunicipality(link: context.link(m, viaProvince: code), source: entry.location))
                }
                let spelling = entry.name == province.name ? "" : " (CBS spelling of \"\(entry.name)\")"
                dataset.report(Issue(.info, .areaProvinceScope, field: "municipalities", raw: entry.name,
                                     result: "\(province.name) (\(province.code)): \(members.count) municipalities",
                                     at: entry.location,
                                     "The province \(province.name)\(spelling) is listed as area; expanded to its \(members.count) municipalities."),
                               region: index)
            default:
                continue
            }
        }
        dataset.regions[index].municipalities = municipalities
        dataset.regions[index].provinces = provinces
    }
}
