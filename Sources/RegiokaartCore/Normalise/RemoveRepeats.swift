/// Keeps a municipality (or province) listed twice in one region once ("Vlieland", "Barendrecht"),
/// reporting the repeat with both lines. Repeated unmatched names are dropped the same way.
struct RemoveRepeats: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let area = dataset.regions[index].area
        // Each kept entry's position, by what it resolved to.
        var first: [String: Int] = [:]
        first.reserveCapacity(area.count)
        for k in area.indices {
            let key: String
            switch area[k].resolution {
            case .municipality(let code, _): key = code
            case .province(let code): key = code
            case .unmatched, .ambiguous: key = "raw:" + NameFolding.fold(area[k].name)
            case .pending, .repeated, .mergedIntoPrevious: continue
            }
            // One probe for a first listing (nearly all): the position goes in, and a repeat puts the first one back.
            guard let kept = first.updateValue(k, forKey: key) else { continue }
            first[key] = kept
            let entry = area[k], earlier = area[kept]
            dataset.regions[index].area[k].resolution = .repeated
            let result: String
            if case .municipality(let code, _) = entry.resolution, let m = context.reference.municipalityByCode[code] {
                result = "\(m.name) (\(m.code))"
            } else {
                result = earlier.name
            }
            dataset.report(Issue(.warning, .areaRepeated, field: "municipalities", raw: entry.name, result: result,
                                 at: dataset.regions[index].location(of: entry),
                                 "\"\(entry.name)\" repeats \"\(earlier.name)\" of line \(earlier.line); kept once."),
                           region: index)
        }
    }
}
