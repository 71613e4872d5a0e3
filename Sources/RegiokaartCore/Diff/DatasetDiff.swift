/// What changed between two published datasets: regions added, removed, renamed or changed.
///
/// Regions are matched by id first; the rest by name (when the name is unique on both sides), then
/// by identical figures (again only when unique on both sides, so two regions with the same figures
/// are never paired by guesswork). Everything is listed in a fixed order (by id), so the same two
/// datasets always give the same report.
public struct DatasetDiff: Codable, Hashable, Sendable {
    /// A region present on one side only.
    struct RegionRef: Codable, Hashable, Sendable {
        var id: String
        var name: String
        var sectors: [String]
        var municipalityCount: Int

        enum CodingKeys: String, CodingKey {
            case id, name, sectors
            case municipalityCount = "municipality_count"
        }

        init(_ record: RegionRecord) {
            id = record.id
            name = record.name
            sectors = record.sectors
            municipalityCount = record.municipalities.count
        }
    }

    /// Regions only in the new dataset.
    var added: [RegionRef]
    /// Regions only in the old dataset.
    var removed: [RegionRef]
    /// Regions in both that differ (renames included).
    var changed: [RegionChange]
    /// How many regions each side has.
    var oldCount: Int
    var newCount: Int

    enum CodingKeys: String, CodingKey {
        case added, removed
        case changed = "changed_regions"
        case oldCount = "old_region_count"
        case newCount = "new_region_count"
    }

    /// True when the two datasets hold the same data.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares `old` with `new`.
    public init(old: [RegionRecord], new: [RegionRecord]) {
        oldCount = old.count
        newCount = new.count
        var pairs: [(RegionRecord, RegionRecord, RegionChange.Match)] = []
        var oldLeft = old
        var newLeft: [RegionRecord] = []
        var oldByID: [String: Int] = [:]
        for (index, record) in old.enumerated() where oldByID[record.id] == nil { oldByID[record.id] = index }
        var taken = Set<Int>()
        for record in new {
            if let index = oldByID[record.id], taken.insert(index).inserted {
                pairs.append((old[index], record, .id))
            } else {
                newLeft.append(record)
            }
        }
        oldLeft = old.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
        for (match, key) in [(RegionChange.Match.name, { (r: RegionRecord) -> String? in r.name }),
                             (.figures, { (r: RegionRecord) in Self.figureKey(r.figures) })] {
            let (matched, restOld, restNew) = Self.pairUnique(oldLeft, newLeft, key: key)
            pairs += matched.map { ($0.0, $0.1, match) }
            oldLeft = restOld
            newLeft = restNew
        }
        added = newLeft.map(RegionRef.init).sorted { $0.id < $1.id }
        removed = oldLeft.map(RegionRef.init).sorted { $0.id < $1.id }
        changed = pairs.map { RegionChange(old: $0.0, new: $0.1, matchedBy: $0.2) }
            .filter { !$0.isEmpty }
            .sorted { $0.id < $1.id }
    }

    /// The five figures as one key; nil when one was not read (unknown figures identify nothing).
    static func figureKey(_ f: Figures) -> String? {
        guard f.isComplete else { return nil }
        return FigureKind.allCases.map { f[$0].map(String.init) ?? "" }.joined(separator: ",")
    }

    /// Pairs records whose key occurs exactly once on each side; returns the pairs and the rest.
    /// A record without a key is never paired.
    static func pairUnique(_ old: [RegionRecord], _ new: [RegionRecord], key: (RegionRecord) -> String?)
        -> ([(RegionRecord, RegionRecord)], [RegionRecord], [RegionRecord]) {
        var oldCount: [String: Int] = [:]
        var newCount: [String: Int] = [:]
        for r in old { if let k = key(r) { oldCount[k, default: 0] += 1 } }
        for r in new { if let k = key(r) { newCount[k, default: 0] += 1 } }
        let unique = { (k: String?) in k.map { oldCount[$0] == 1 && newCount[$0] == 1 } ?? false }
        var oldByKey: [String: RegionRecord] = [:]
        for r in old { if let k = key(r), unique(k) { oldByKey[k] = r } }
        var pairs: [(RegionRecord, RegionRecord)] = []
        var restNew: [RegionRecord] = []
        for r in new {
            if let k = key(r), unique(k), let o = oldByKey[k] { pairs.append((o, r)) } else { restNew.append(r) }
        }
        let pairedOld = Set(pairs.map { key($0.0) })
        return (pairs, old.filter { !pairedOld.contains(key($0)) || !unique(key($0)) }, restNew)
    }
}
