/// The mention names an area (see `PlaceReader`) and the region covers it. The score is the Jaccard
/// overlap of the two sets of municipalities, so a region that covers the named area and little else
/// scores highest; regions within a factor of two of the best contend and the sectors decide among
/// them. For "Landelijk" every national region is a candidate and the sectors decide.
struct GeographyRule: MentionRule {
    let kind = ResolutionRule.geography
    let needsDominance = true
    let reader: PlaceReader

    init(context: StepContext) {
        reader = PlaceReader(context: context)
    }

    /// The overlap of each region is counted from the index's municipality → regions table, over the
    /// area's municipalities only.
    func candidates(for mention: RegionMention, in index: RegionIndex, pool: RegionPool) -> [MentionCandidate] {
        guard let area = reader.area(of: mention) else { return [] }
        if area.national {
            return index.merged([index.national], in: pool).map { nationalCandidate(area, $0, index.regions) }
        }
        // Counted in an array by region number, `counted` listing the regions in it: a dictionary
        // of counts, and a note written for every candidate, were most of the rule's time on archives.
        var overlaps = [Int32](repeating: 0, count: index.regions.count)
        var counted: [Int] = []
        for code in area.codes {
            guard let number = index.municipalityNumbers[code] else { continue }
            for region in index.byMunicipality[number] {
                if overlaps[Int(region)] == 0 { counted.append(Int(region)) }
                overlaps[Int(region)] += 1
            }
        }
        counted.sort()
        // The note around the region's id is made once per overlap and count (archives repeat each
        // region's municipalities once per copy), and joined when the evidence reads it.
        let before = "names the \(area.description) (\(area.codes.count) municipalities); "
        var after: [Int: String] = [:]
        return counted.filter { pool.contains(scope: index.regions[$0].scope) }.map { region in
            let overlap = Int(overlaps[region]), covered = Int(index.municipalityCounts[region])
            let score = Self.score(area, overlap: overlap, covered: covered)
            let key = overlap << 32 | covered
            let end: String
            if let known = after[key] {
                end = known
            } else {
                end = " covers \(overlap) of them and \(covered - overlap) others: overlap \(TokenRule.format(score))"
                after[key] = end
            }
            return MentionCandidate(region: region, score: score, explanation: .pieces(before, index.regions[region].id, end), isExact: false)
        }
    }

    /// The overlap score of a region covering `covered` municipalities, `overlap` of them in `area`.
    static func score(_ area: MentionArea, overlap: Int, covered: Int) -> Double {
        Double(overlap) / Double(covered + area.codes.count - overlap)
    }

    func nationalCandidate(_ area: MentionArea, _ index: Int, _ regions: [Region]) -> MentionCandidate {
        MentionCandidate(region: index, score: 1, note: "names \(area.description); \(regions[index].id) is national", isExact: false)
    }

    /// The candidate for a region covering `covered` municipalities, `overlap` of them in `area`.
    func candidate(_ area: MentionArea, _ index: Int, _ regions: [Region], overlap: Int, covered: Int) -> MentionCandidate {
        let score = Double(overlap) / Double(covered + area.codes.count - overlap)
        return MentionCandidate(region: index, score: score,
                                note: "names the \(area.description) (\(area.codes.count) municipalities); \(regions[index].id) covers \(overlap) of them and \(covered - overlap) others: overlap \(TokenRule.format(score))",
                                isExact: false)
    }
}
