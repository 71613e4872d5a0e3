/// What every step may consult: the reference data and the matchers built on it.
struct StepContext: Sendable {
    let reference: ReferenceData
    let matcher: MunicipalityMatcher
    let provinces: ProvinceIndex
    /// For each reference municipality (by code), its link through its own province (no published
    /// name). The region–municipality pairs added through a province share them.
    let municipalityLinks: [String: MunicipalityLink]

    init(reference: ReferenceData) {
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
