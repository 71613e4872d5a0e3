/// Builds each region's final municipality list from its resolved entries, expanding listed provinces
/// to all their municipalities (each marked with the province it came through).
///
/// With `dropsStepState` (the build's last area step), each region lets go of what only the steps
/// read (`Region.dropStepState()`) as soon as it is collected.
struct CollectMunicipalities: RegionStep {
    /// Whether each region's step state goes once its municipalities are collected.
    let dropsStepState: Bool

    init(dropsStepState: Bool = false) {
        self.dropsStepState = dropsStepState
    }

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

    /// The links made so far, by municipality number, match and published name: an archive lists the
    /// same names thousands of times, and its pairs share one link each (see `MunicipalityLink`).
    struct Links {
        /// Per municipality number, the links made with it; a number nearly always has one or two.
        var byNumber: [[MunicipalityLink]] = []

        /// The shared link of the reference's municipality `number` (`municipality`) matched by
        /// `match` under the published `name`.
        mutating func link(number: Int, _ municipality: @autoclosure () -> Municipality, match: MatchKind,
                           name: String) -> MunicipalityLink {
            if number >= byNumber.count { byNumber += Array(repeating: [], count: number + 1 - byNumber.count) }
            if let made = byNumber[number].first(where: { $0.match == match && $0.nameAsPublished == name }) {
                return made
            }
            let made = MunicipalityLink(municipality(), match: match, nameAsPublished: name, viaProvince: nil, number: number)
            byNumber[number].append(made)
            return made
        }
    }

    /// The members of each province listed so far, with their numbers and shared links, and per
    /// number the last region that listed it: a region's repeats are told by number, not by hashing codes.
    struct Numbers {
        let reference: ReferenceData
        /// Province code → its municipalities in file order, with numbers and links.
        var members: [String: [(number: Int, link: MunicipalityLink)]] = [:]
        /// Per number, the last region that listed the municipality (-1: none yet).
        var listedBy: [Int]

        init(_ reference: ReferenceData) {
            self.reference = reference
            listedBy = Array(repeating: -1, count: reference.municipalities.count)
        }

        /// True the first time the region at `index` lists the municipality `number` (regions are
        /// collected one after another).
        mutating func firstListing(of number: Int, byRegion index: Int) -> Bool {
            guard listedBy[number] != index else { return false }
            listedBy[number] = index
            return true
        }

        /// The municipalities of the province `code`, each with its number and its link through the province.
        mutating func members(ofProvince code: String, context: StepContext) -> [(number: Int, link: MunicipalityLink)] {
            if let known = members[code] { return known }
            let found = reference.municipalities.indices.filter { reference.municipalities[$0].provinceCode == code }.map { position in
                let link = context.link(position: position, viaProvince: code)
                return (number: link.number!, link: link)
            }
            members[code] = found
            return found
        }
    }

    func collect(regionAt index: Int, of dataset: inout Dataset, context: StepContext, links: inout Links,
                 numbers: inout Numbers) {
        var municipalities: [RegionMunicipality] = []
        var provinces: [RegionProvince] = []
        // Sized once: a large archive holds hundreds of thousands of pairs, and growing by doubling
        // left up to half of each list unused.
        var count = 0
        for k in dataset.regions[index].area.indices {
            switch dataset.regions[index].area[k].resolution {
            case .municipality: count += 1
            case .province(let code): count += numbers.members(ofProvince: code, context: context).count
            default: continue
            }
        }
        municipalities.reserveCapacity(count)
        let reference = context.reference.municipalities
        for k in dataset.regions[index].area.indices {
            switch dataset.regions[index].area[k].resolution {
            case .municipality(let number, let kind):
                guard numbers.firstListing(of: number, byRegion: index) else { continue }
                let link = links.link(number: number, reference[number], match: kind,
                                      name: dataset.regions[index].area[k].raw)
                municipalities.append(RegionMunicipality(link: link, line: dataset.regions[index].area[k].line))
            case .province(let code):
                guard let province = context.reference.provinceByCode[code] else { continue }
                let entry = dataset.regions[index].area[k], source = dataset.regions[index].location(of: entry)
                provinces.append(RegionProvince(province: province, nameAsPublished: entry.raw, source: source))
                let members = numbers.members(ofProvince: code, context: context)
                for (number, link) in members where numbers.firstListing(of: number, byRegion: index) {
                    municipalities.append(RegionMunicipality(link: link, line: entry.line))
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
        // Region by region rather than after the last region: each region's pairs are made while the
        // area entries freed before them are there to be reused, and the steps' peak holds no more of them.
        if dropsStepState { dataset.regions[index].dropStepState() }
    }
}
