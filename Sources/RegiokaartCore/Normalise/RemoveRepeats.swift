/// Keeps a municipality (or province) listed twice in one region once ("Vlieland", "Barendrecht"),
/// reporting the repeat with both lines. Repeated unmatched names are dropped the same way.
struct RemoveRepeats: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var first: [String: AreaEntry] = [:]
        for k in dataset.regions[index].area.indices {
            let entry = dataset.regions[index].area[k]
            let key: String
            switch entry.resolution {
            case .municipality(let code, _): key = code
            case .province(let code): key = code
            case .unmatched, .ambiguous: key = "raw:" + NameFolding.fold(entry.name)
            case .pending, .repeated, .mergedIntoPrevious: continue
            }
            guard let earlier = first[key] else { first[key] = entry; continue }
            dataset.regions[index].area[k].resolution = .repeated
            let result: String
            if case .municipality(let code, _) = entry.resolution, let m = context.reference.municipalityByCode[code] {
                result = "\(m.name) (\(m.code))"
            } else {
                result = earlier.name
            }
            dataset.report(Issue(.warning, .areaRepeated, field: "municipalities", raw: entry.name, result: result,
                                 at: entry.location,
                                 "\"\(entry.name)\" repeats \"\(earlier.name)\" of line \(earlier.location.line); kept once."),
                           region: index)
        }
    }
}
