/// The dataset as it moves through the pipeline: the regions read from the cards, refined step by step,
/// and the report of everything each step changed or doubted.
public struct Dataset: Sendable {
    /// The publication the regions came from.
    public var source: String
    /// The regions, in publication order.
    public var regions: [Region]
    /// The publication's own statements of how many regions there are.
    public var countClaims: [Located<Int>]
    /// The data-quality report so far.
    public var log: IssueLog
    /// Voorlopers, themes, case stories and their region links (filled by `Pipeline.mentions`).
    public var mentions = RegionMentions()

    public init(_ publication: ExtractedPublication) {
        source = publication.source
        regions = publication.regions
        countClaims = publication.countClaims
        log = publication.issues
    }

    /// Records a finding about the region at `index`.
    public mutating func report(_ issue: Issue, region index: Int? = nil) {
        log.record(issue, region: index)
    }

    /// The findings with region ids filled in.
    public var issues: [Issue] { log.issues(regionIDs: regions.map(\.id)) }
}

/// What every step may consult: the reference data and the matchers built on it.
public struct StepContext: Sendable {
    public let reference: ReferenceData
    public let matcher: MunicipalityMatcher
    public let provinces: ProvinceIndex
    /// For each reference municipality (by code), its link through its own province (no published
    /// name). The region–municipality pairs added through a province share them.
    let municipalityLinks: [String: MunicipalityLink]

    public init(reference: ReferenceData) {
        self.reference = reference
        self.matcher = MunicipalityMatcher(reference: reference)
        self.provinces = ProvinceIndex(reference: reference)
        self.municipalityLinks = reference.municipalityByCode.mapValues { m in
            MunicipalityLink(m, match: .province, nameAsPublished: nil, viaProvince: m.provinceCode)
        }
    }

    /// The link of `municipality` added through the province `viaProvince`: a shared one when
    /// `municipality` is the reference's municipality of its code and lies in that province.
    func link(_ municipality: Municipality, viaProvince: String) -> MunicipalityLink {
        if let shared = municipalityLinks[municipality.code], shared.viaProvince == viaProvince,
           shared.municipality == municipality {
            return shared
        }
        return MunicipalityLink(municipality, match: .province, nameAsPublished: nil, viaProvince: viaProvince)
    }
}

/// One rule of the pipeline. A step changes the dataset (or only checks it) and reports every change
/// it makes, with the source line, the raw value, the result and its own code.
public protocol Step: Sendable {
    /// A short name for logs and tests.
    var name: String { get }
    /// Applies the rule to `dataset`.
    func apply(to dataset: inout Dataset, context: StepContext)
}

/// A step that works on one region at a time.
public protocol RegionStep: Step {
    /// Applies the rule to the region at `index` of `dataset`.
    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext)
}

extension RegionStep {
    public func apply(to dataset: inout Dataset, context: StepContext) {
        for index in dataset.regions.indices { apply(toRegionAt: index, of: &dataset, context: context) }
    }
}
