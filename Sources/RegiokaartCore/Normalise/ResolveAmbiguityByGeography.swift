import Foundation

/// Decides names that fit several municipalities ("Bergen": Bergen (L.) or Bergen (NH.); "Veendaal":
/// Veenendaal or Veendam) from where the region's other municipalities lie.
///
/// For each candidate, the distance from its centroid to the nearest other municipality of the list
/// is measured; a candidate wins only when it is at least `decisiveRatio` times closer than every
/// other. Otherwise the name stays unresolved and is reported as a doubt (an error), never guessed.
public struct ResolveAmbiguityByGeography: RegionStep {
    public let name = "resolve-ambiguity-by-geography"
    /// How many times closer the winner must be than the runner-up.
    public let decisiveRatio: Double

    public init(decisiveRatio: Double = 2.0) {
        self.decisiveRatio = decisiveRatio
    }

    public func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let area = dataset.regions[index].area
        let placed: [Municipality] = area.compactMap {
            if case .municipality(let code, _) = $0.resolution { return context.reference.municipalityByCode[code] }
            return nil
        }
        for (k, entry) in area.enumerated() {
            guard case .ambiguous(let codes, let kind) = entry.resolution else { continue }
            let candidates = codes.compactMap { context.reference.municipalityByCode[$0] }
            let names = candidates.map(\.name).joined(separator: " or ")
            let ranked = candidates.compactMap { candidate -> (Municipality, Double, Municipality)? in
                guard let nearest = Geography.nearest(to: candidate, among: placed.filter { $0.code != candidate.code }) else { return nil }
                return (candidate, nearest.distance, nearest.municipality)
            }.sorted { $0.1 < $1.1 }
            let provinces = Dictionary(grouping: placed, by: \.provinceName).mapValues(\.count)
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.value) in \($0.key)" }.joined(separator: ", ")
            if ranked.count == candidates.count, ranked.count >= 2,
               ranked[1].1 >= decisiveRatio * max(ranked[0].1, 0.001) {
                let (winner, distance, neighbour) = ranked[0]
                dataset.regions[index].area[k].resolution = .municipality(code: winner.code, match: kind)
                let others = ranked.dropFirst().map { "\($0.0.name) \(Int($0.1.rounded())) km from \($0.2.name)" }.joined(separator: ", ")
                dataset.report(Issue(.warning, .municipalityAmbiguityResolved, field: "municipalities", raw: entry.name,
                                     result: "\(winner.name) (\(winner.code))", at: entry.location,
                                     "\"\(entry.name)\" fits \(names) (\(kind.rawValue) match); chose \(winner.name): \(Int(distance.rounded())) km from \(neighbour.name), against \(others). The list's other municipalities: \(provinces)."),
                               region: index)
            } else {
                dataset.regions[index].area[k].resolution = .ambiguous(codes: codes, match: kind)
                let why = placed.isEmpty ? "the list has no other municipality to compare with"
                    : "no candidate is clearly closer to the list's other municipalities (" + ranked.map { "\($0.0.name) \(Int($0.1.rounded())) km" }.joined(separator: ", ") + ")"
                dataset.report(Issue(.error, .municipalityAmbiguous, field: "municipalities", raw: entry.name,
                                     result: codes.joined(separator: "|"), at: entry.location,
                                     "\"\(entry.name)\" fits \(names), and \(why); left unresolved. Add an alias to settle it."),
                               region: index)
            }
        }
    }
}

/// Distances between municipalities, from their centroids.
public enum Geography {
    /// Great-circle distance in kilometres between two municipalities, nil when a centroid is missing.
    public static func distance(_ a: Municipality, _ b: Municipality) -> Double? {
        guard let lat1 = a.latitude, let lon1 = a.longitude, let lat2 = b.latitude, let lon2 = b.longitude else { return nil }
        let r = 6371.0
        let dLat = (lat2 - lat1) * .pi / 180
        let dLon = (lon2 - lon1) * .pi / 180
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * .pi / 180) * cos(lat2 * .pi / 180) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, sqrt(h)))
    }

    /// The municipality of `others` nearest to `m`, with its distance.
    public static func nearest(to m: Municipality, among others: [Municipality]) -> (municipality: Municipality, distance: Double)? {
        var best: (Municipality, Double)?
        for other in others {
            guard let d = distance(m, other) else { continue }
            if best == nil || d < best!.1 { best = (other, d) }
        }
        return best.map { ($0.0, $0.1) }
    }
}
