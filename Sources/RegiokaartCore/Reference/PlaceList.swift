/// The places one folded name finds in `PlaceRule`: at most one per municipality, in the order
/// added. The first is held in place, so a name of a single place (nearly every one) needs no
/// array: allocating one for each of the ~2,500 names was a fifth of building the rule, on the
/// thread whose matchers the steps wait for (scripts/BENCHMARKS.md).
struct PlaceList: Sendable {
    /// The first place added (nil only before any was).
    private var first: Place?
    /// The places added after it.
    private var rest: [Place] = []

    /// Adds `place` unless one in its municipality is there.
    mutating func add(_ place: Place) {
        guard let first else {
            self.first = place
            return
        }
        guard first.municipalityCode != place.municipalityCode,
              !rest.contains(where: { $0.municipalityCode == place.municipalityCode }) else { return }
        rest.append(place)
    }

    /// The places, in the order added.
    var places: [Place] { first.map { [$0] + rest } ?? [] }
}
