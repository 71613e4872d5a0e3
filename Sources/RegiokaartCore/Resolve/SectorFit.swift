/// How a mention's sector tag fits a region's sectors (from its figures).
enum SectorFit: Int, Hashable, Sendable, Comparable {
    /// The tag shares no sector with the region: "Rotterdam (po)" and the vo/mbo region.
    case none = 0
    /// The region lacks some tagged sector: "Noorderwijzer (vo/mbo)" and a vo-only region.
    case partial = 1
    /// The region serves every tagged sector, or the mention has no tag.
    case fits = 2

    /// The fit of `tagged` (empty for no tag) to `served`.
    init(tagged: [Sector], served: [Sector]) {
        let served = Set(served)
        if tagged.isEmpty || Set(tagged).isSubset(of: served) {
            self = .fits
        } else if !served.isDisjoint(with: tagged) {
            self = .partial
        } else {
            self = .none
        }
    }

    static func < (lhs: SectorFit, rhs: SectorFit) -> Bool { lhs.rawValue < rhs.rawValue }
}
