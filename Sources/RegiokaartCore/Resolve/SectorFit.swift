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
        // As bit sets: a mention is fitted to every candidate region, and two `Set`s each were most of that.
        let served = Self.bits(served), tagged = Self.bits(tagged)
        if tagged & ~served == 0 {
            self = .fits
        } else if served & tagged != 0 {
            self = .partial
        } else {
            self = .none
        }
    }

    /// One bit per sector of `sectors`.
    static func bits(_ sectors: [Sector]) -> UInt8 {
        sectors.reduce(0) { bits, sector in
            switch sector {
            case .po: bits | 1
            case .vo: bits | 2
            case .mbo: bits | 4
            }
        }
    }

    static func < (lhs: SectorFit, rhs: SectorFit) -> Bool { lhs.rawValue < rhs.rawValue }
}
