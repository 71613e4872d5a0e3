/// Builds each region's final municipality list from its resolved entries, expanding listed provinces
/// to all their municipalities (each marked with the province it came through).
struct CollectMunicipalities: RegionStep {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var links = Links()
        var numbers = Numbers(context.reference)
        for index in dataset.regions.indices {
            collect(regionAt: index, of: &dataset, context: context, links: &links, numbers: &numbers)
        }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var links = Links()
        var numbers = Numbers(context.reference)
        collect(regionAt: index, of: &dataset, context: context, links: &links, numbers: &numbers)
    }

    /// The links made so far, by published name, municipality code and match: an archive lists the
    /// same names thousands of times, and its pairs share one link each (see `MunicipalityLink`).
    struct Links {
        /// Per published name, the links made with it and the municipality's number (`Numbers`);
        /// a name nearly always has one.
        var byName: [String: [(number: Int, link: MunicipalityLink)]] = [:]

        /// The shared link of `municipality` matched by `match` under the published `name`.
        mutating func link(_ municipality: Municipality, match: MatchKind, name: String) -> MunicipalityLink {
            link(code: municipality.code, match: match, name: name) { (0, municipality) }!.link
        }

        /// The shared link of the municipality `code` matched by `match` under `name`, with the
        /// municipality's number; `find` gives both (nil: no such municipality) for a link not made yet.
        mutating func link(code: String, match: MatchKind, name: String,
                           find: () -> (number: Int, municipality: Municipality)?) -> (number: Int, link: MunicipalityLink)? {
            if let made = byName[name]?.first(where: { $0.link.match == match && $0.link.municipality.code == code }) {
                return made
            }
            guard let (number, municipality) = find() else { return nil }
            let made = (number, MunicipalityLink(municipality, match: match, nameAsPublished: name, viaProvince: nil))
            byName[name, default: []].append(made)
            return made
        }
    }

    /// The reference municipalities numbered by position (a code listed twice by its first), and the
    /// members of each province listed so far with their numbers and shared links: a region's
    /// repeats are then told by number, not by hashing codes.
    struct Numbers {
        let reference: ReferenceData
        /// Code → number.
        let ofCode: [String: Int]
        /// Province code → its municipalities in file order, with numbers and links.
        var members: [String: [(number: Int, link: MunicipalityLink)]] = [:]
        /// Per number, the last region that listed the municipality (-1: none yet).
        var listedBy: [Int]

        init(_ reference: ReferenceData) {
            self.reference = reference
            var ofCode: [String: Int] = [:]
            ofCode.reserveCapacity(reference.municipalities.count)
            for (number, m) in reference.municipalities.enumerated() where ofCode[m.code] == nil { ofCode[m.code] = number }
            self.ofCode = ofCode
            listedBy = Array(repeating: -1, count: reference.municipalities.count)
        }

        /// True the first time the region at `index` lists the municipality `number` (regions are
        /// collected one after another).
        mutating func firstListing(of number: Int, byRegion index: Int) -> Bool {
            guard listedBy[number] != index else { return false }
            listedBy[number] = index
            return true
        }

        /// The number and the reference's municipality of `code`, nil when it lists none.
        func municipality(code: String) -> (number: Int, municipality: Municipality)? {
            ofCode[code].map { ($0, reference.municipalities[$0]) }
        }

        /// The municipalities of the province `code`, each with its number and its link through the province.
        mutating func members(ofProvince code: String, context: StepContext) -> [(number: Int, link: MunicipalityLink)] {
            if let known = members[code] { return known }
            let found = reference.municipalities(inProvince: code).map { m in
                (number: ofCode[m.code]!, link: context.link(m, viaProvince: code))
            }
            members[code] = found
            return found
        }
    }

    func collect(regionAt index: Int, of dataset: inout Dataset, context: StepContext, links: inout Links,
                 numbers: inout Numbers) {
        var municipalities: [RegionMunicipality] = []
        var provinces: [RegionProvince] = []
        let area = dataset.regions[index].area
        // Sized once: a large archive holds hundreds of thousands of pairs, and growing by doubling
        // left up to half of each list unused.
        var count = 0
        for k in area.indices {
            switch area[k].resolution {
            case .municipality: count += 1
            case .province(let code): count += numbers.members(ofProvince: code, context: context).count
            default: continue
            }
        }
        municipalities.reserveCapacity(count)
        for k in area.indices {
            switch area[k].resolution {
            case .municipality(let code, let kind):
                guard let (number, link) = links.link(code: code, match: kind, name: area[k].raw,
                                                      find: { numbers.municipality(code: code) }),
                      numbers.firstListing(of: number, byRegion: index) else { continue }
                municipalities.append(RegionMunicipality(link: link, source: dataset.regions[index].location(of: area[k])))
            case .province(let code):
                guard let province = context.reference.provinceByCode[code] else { continue }
                let entry = area[k], source = dataset.regions[index].location(of: entry)
                provinces.append(RegionProvince(province: province, nameAsPublished: entry.raw, source: source))
                let members = numbers.members(ofProvince: code, context: context)
                for (number, link) in members where numbers.firstListing(of: number, byRegion: index) {
                    municipalities.append(RegionMunicipality(link: link, source: source))
                }
                let spelling = entry.name == province.name ? "" : " (CBS spelling of \"\(entry.name)\")"
                dataset.report(Issue(.info, .areaProvinceScope, field: "municipalities", raw: entry.name,
                                     result: "\(province.name) (\(province.code)): \(members.count) municipalities",
                                     at: source,
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
