import Foundation

/// Distances between municipalities, from their centroids.
enum Geography {
    /// Great-circle distance in kilometres between two municipalities, nil when a centroid is missing.
    static func distance(_ a: Municipality, _ b: Municipality) -> Double? {
        guard let lat1 = a.latitude, let lon1 = a.longitude, let lat2 = b.latitude, let lon2 = b.longitude else { return nil }
        let r = 6371.0
        let dLat = (lat2 - lat1) * .pi / 180
        let dLon = (lon2 - lon1) * .pi / 180
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * .pi / 180) * cos(lat2 * .pi / 180) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, sqrt(h)))
    }

    /// The municipality of `others` nearest to `m`, with its distance.
    static func nearest(to m: Municipality, among others: [Municipality]) -> (municipality: Municipality, distance: Double)? {
        var best: (Municipality, Double)?
        for other in others {
            guard let d = distance(m, other) else { continue }
            if best == nil || d < best!.1 { best = (other, d) }
        }
        return best.map { ($0.0, $0.1) }
    }
}
