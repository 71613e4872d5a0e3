/// The mention names an area (see `PlaceReader`) and the region covers it. The score is the Jaccard
/// overlap of the two sets of municipalities, so a region that covers the named area and little else
/// scores highest; regions within a factor of two of the best contend and the sectors decide among
/// them. For "Landelijk" every national region is a candidate and the sectors decide.
public struct GeographyRule: MentionRule {
    public let kind = ResolutionRule.geography
    public let needsDominance = true
    let reader: PlaceReader

    public init(context: StepContext) {
        reader = PlaceReader(context: context)
    }

    public func candidates(for mention: RegionMention, pool: [Int], regions: [Region]) -> [MentionCandidate] {
        guard let area = reader.area(of: mention) else { return [] }
        if area.national {
            return pool.filter { regions[$0].scope == .national }.map {
                MentionCandidate(region: $0, score: 1, note: "names \(area.description); \(regions[$0].id) is national", isExact: false)
            }
        }
        return pool.compactMap { index in
            let region = regions[index]
            guard region.scope != .national else { return nil }
            let codes = Set(region.municipalities.map(\.municipality.code))
            let overlap = codes.intersection(area.codes).count
            guard overlap > 0 else { return nil }
            let score = Double(overlap) / Double(codes.union(area.codes).count)
            return MentionCandidate(region: index, score: score,
                                    note: "names the \(area.description) (\(area.codes.count) municipalities); \(region.id) covers \(overlap) of them and \(codes.count - overlap) others: overlap \(TokenRule.format(score))",
                                    isExact: false)
        }
    }
}
