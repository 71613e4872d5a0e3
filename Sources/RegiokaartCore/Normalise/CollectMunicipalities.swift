/// Builds each region's final municipality list from its resolved entries, expanding listed provinces
/// to all their municipalities (each marked with the province it came through).
public struct CollectMunicipalities: RegionStep {
    public let name = "collect-municipalities"
    public init() {}

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
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
                guard let link = context.link(code: code, match: kind), seen.insert(code).inserted else { continue }
                municipalities.append(RegionMunicipality(link: link, nameAsPublished: entry.raw, source: entry.location))
            case .province(let code):
                guard let province = context.reference.provinceByCode[code] else { continue }
                provinces.append(RegionProvince(province: province, nameAsPublished: entry.raw, source: entry.location))
                let members = context.reference.municipalities(inProvince: code)
                for m in members where seen.insert(m.code).inserted {
                    municipalities.append(RegionMunicipality(link: context.link(m, viaProvince: code),
                                                             nameAsPublished: nil, source: entry.location))
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
