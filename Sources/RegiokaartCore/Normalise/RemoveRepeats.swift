/// Keeps a municipality (or province) listed twice in one region once ("Vlieland", "Barendrecht"),
/// reporting the repeat with both lines. Repeated unmatched names are dropped the same way.
struct RemoveRepeats: RegionStep {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        var kept = Kept(context.reference)
        for index in dataset.regions.indices { apply(toRegionAt: index, of: &dataset, context: context, kept: &kept) }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        var kept = Kept(context.reference)
        apply(toRegionAt: index, of: &dataset, context: context, kept: &kept)
    }

    /// The entries kept so far. Municipalities, nearly all entries, are told by number in tables of the
    /// run (regions are gone through one after another), not by hashing codes per region.
    struct Kept {
        /// Per municipality number, the last region that listed it (-1: none yet) and the position of
        /// that listing in its area.
        var region: [Int]
        var position: [Int]
        /// The region's provinces and unresolved names (`raw:` + the folded name), by key.
        var others: [String: Int] = [:]
        /// The region `others` is about.
        var othersRegion = -1

        init(_ reference: ReferenceData) {
            region = Array(repeating: -1, count: reference.municipalities.count)
            position = region
        }

        /// The position of the entry of the region at `index` that `k` repeats, nil when `k` is the
        /// first listing (then kept).
        mutating func earlier(_ k: Int, number: Int, inRegion index: Int) -> Int? {
            guard region[number] == index else {
                region[number] = index
                position[number] = k
                return nil
            }
            return position[number]
        }

        /// The same for a province or an unresolved name, by `key`.
        mutating func earlier(_ k: Int, key: String, inRegion index: Int) -> Int? {
            if othersRegion != index {
                others.removeAll(keepingCapacity: true)
                othersRegion = index
            }
            // One probe for a first listing (nearly all): the position goes in, and a repeat puts the first one back.
            guard let kept = others.updateValue(k, forKey: key) else { return nil }
            others[key] = kept
            return kept
        }
    }

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext, kept: inout Kept) {
        let area = dataset.regions[index].area
        for k in area.indices {
            let earlier: Int?
            switch area[k].resolution {
            case .municipality(let number, _): earlier = kept.earlier(k, number: number, inRegion: index)
            case .province(let code): earlier = kept.earlier(k, key: code, inRegion: index)
            case .unmatched, .ambiguous: earlier = kept.earlier(k, key: "raw:" + NameFolding.fold(area[k].name), inRegion: index)
            case .pending, .repeated, .mergedIntoPrevious: continue
            }
            guard let earlier else { continue }
            let entry = area[k], first = area[earlier]
            dataset.regions[index].area[k].resolution = .repeated
            let result: String
            if case .municipality(let number, _) = entry.resolution {
                let m = context.reference.municipalities[number]
                result = "\(m.name) (\(m.code))"
            } else {
                result = first.name
            }
            dataset.report(Issue(.warning, .areaRepeated, field: "municipalities", raw: entry.name, result: result,
                                 at: dataset.regions[index].location(of: entry),
                                 "\"\(entry.name)\" repeats \"\(first.name)\" of line \(first.line); kept once."),
                           region: index)
        }
    }
}
