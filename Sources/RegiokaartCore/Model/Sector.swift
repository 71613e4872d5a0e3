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

    /// `list` as the one array that every equal list of distinct sectors shares: a region's two sector
    /// lists then hold no storage of their own (an archive has ~100 000 of them). Any other list
    /// (with a sector twice) is returned as it is.
    static func shared(_ list: [Sector]) -> [Sector] {
        guard let key = sharedKey(list), let shared = sharedLists[key] else { return list }
        return shared
    }

    /// A list of at most three sectors as base-4 digits, 1 + the sector's place in `allCases` each.
    private static func sharedKey(_ list: [Sector]) -> Int? {
        guard list.count <= 3 else { return nil }
        var key = 0
        for sector in list {
            key = key * 4 + (sector == .po ? 1 : sector == .vo ? 2 : 3)
        }
        return key
    }

    /// Every list of distinct sectors, in every order, at its `sharedKey`.
    private static let sharedLists: [[Sector]?] = {
        var lists = [[Sector]?](repeating: nil, count: 64)
        func add(_ list: [Sector]) {
            lists[sharedKey(list)!] = list
            for sector in allCases where !list.contains(sector) { add(list + [sector]) }
        }
        add([])
        return lists
    }()
}
