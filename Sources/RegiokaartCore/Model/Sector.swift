/// An education sector served by a region.
enum Sector: String, CaseIterable, Sendable, Codable, Comparable {
    /// Primair onderwijs (primary education).
    case po
    /// Voortgezet onderwijs (secondary education).
    case vo
    /// Middelbaar beroepsonderwijs (vocational education).
    case mbo

    static func < (lhs: Sector, rhs: Sector) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
