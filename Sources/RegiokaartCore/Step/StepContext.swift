/// What every step may consult: the reference data and the matchers built on it.
struct StepContext: Sendable {
    let reference: ReferenceData
    let matcher: MunicipalityMatcher
    let provinces: ProvinceIndex
    /// The reference names that hold a list separator themselves (`SplitListedNames` never cuts them).
    let compoundNames: CompoundNames
    /// For each reference municipality (by position in the reference list), its link through its
    /// own province (no published name). The region–municipality pairs added through a province share them.
    let municipalityLinks: [MunicipalityLink]

    init(reference: ReferenceData) {
        self.reference = reference
        self.matcher = MunicipalityMatcher(reference: reference)
        self.provinces = ProvinceIndex(reference: reference)
        self.compoundNames = CompoundNames(reference: reference)
        self.municipalityLinks = reference.municipalities.map { m in
            MunicipalityLink(m, match: .province, nameAsPublished: nil, viaProvince: m.provinceCode,
                             number: reference.municipalityNumbers[m.code])
        }
    }

    /// The link of the reference's municipality at `position` added through the province
    /// `viaProvince`: the shared one when the municipality lies in that province.
    func link(position: Int, viaProvince: String) -> MunicipalityLink {
        let shared = municipalityLinks[position]
        if shared.viaProvince == viaProvince { return shared }
        return MunicipalityLink(shared.municipality, match: .province, nameAsPublished: nil, viaProvince: viaProvince,
                                number: shared.number)
    }
}
