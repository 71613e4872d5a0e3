/// What the mention rules look up in the regions, derived once per resolution run instead of once
/// per mention and region: names, folded names, name words and municipality codes, each with the
/// regions that have it.
///
/// Hand-written so that a rule need not look at every region for every mention (on archives that is
/// quadratic; scripts/BENCHMARKS.md). A rule looks at the regions that share a key with the mention
/// and runs its own exact test on those only, in publication order, so its candidates are exactly
/// those of a scan over every region (`RegionIndexTests` compares them with the scanning oracle in
/// Tests/Support). The tables are kept small (`HashedPostings`): the index lives while the dataset is
/// at its largest.
struct RegionIndex: Sendable {
    /// The regions, as given.
    let regions: [Region]
    /// Region name → regions.
    let byName: HashedPostings
    /// Name as printed on the card → regions.
    let byPublishedName: HashedPostings
    /// `NameFolding.fold(name)` → regions (empty folds left out: they never match).
    let byFoldedName: HashedPostings
    /// A distinctive word (`NameTokens`) → regions with that word.
    let byWord: HashedPostings
    /// The first three bytes of a word of five or more bytes → regions with such a word: the only
    /// words a spelling variant can pair with (`NameTokens.similarity`).
    let byWordStem: HashedPostings
    /// Regions whose scope is national, ascending.
    let national: [Int]
    /// Municipality code → its number in `byMunicipality`.
    let municipalityNumbers: [String: Int]
    /// For each municipality number, the regions (not national) that cover it, ascending, each once.
    let byMunicipality: [[Int32]]
    /// The number of distinct municipality codes of each region.
    let municipalityCounts: [Int32]
    /// The number of distinctive words (`NameTokens.words`) of each region's name.
    let wordCounts: [UInt8]

    /// Derives the keys of every region of `regions`; with `twoCores`, the name keys and the words
    /// on one core each (the tables are the same either way).
    init(_ regions: [Region], twoCores: Bool = false) {
        self.regions = regions
        let (names, words) = twoCores ? TwoCores.both({ NameTables(regions) }, { WordTables(regions) })
                                       : (NameTables(regions), WordTables(regions))
        byName = names.byName
        byPublishedName = names.byPublishedName
        byFoldedName = names.byFoldedName
        national = names.national
        municipalityNumbers = names.municipalityNumbers
        byMunicipality = names.byMunicipality
        municipalityCounts = names.municipalityCounts
        byWord = words.byWord
        byWordStem = words.byWordStem
        wordCounts = words.wordCounts
    }

    /// The tables of the regions' names, folded names, scopes and municipalities.
    private struct NameTables {
        let byName: HashedPostings
        let byPublishedName: HashedPostings
        let byFoldedName: HashedPostings
        let national: [Int]
        let municipalityNumbers: [String: Int]
        let byMunicipality: [[Int32]]
        let municipalityCounts: [Int32]

        init(_ regions: [Region]) {
            // Entries, not (key, region) pairs: a third of the bytes, and each folded name freed when hashed.
            var names: [UInt64] = [], published: [UInt64] = [], folded: [UInt64] = []
            var national: [Int] = []
            var numbers: [String: Int] = [:]
            var byMunicipality: [[Int32]] = []
            var counts: [Int32] = []
            var lastRegion: [Int] = []  // per municipality number, the last region that listed it
            // The number here of each reference number (-1: not yet), so that the code is hashed once
            // per municipality, not once per pair; a pair made without a reference number is looked up by code.
            var ofReferenceNumber: [Int] = []
            names.reserveCapacity(regions.count)
            published.reserveCapacity(regions.count)
            folded.reserveCapacity(regions.count)
            counts.reserveCapacity(regions.count)
            for index in regions.indices {
                // Fields read in place: a copy of each `Region` (a retain per field) was a third of the time.
                let name = regions[index].name, scope = regions[index].scope
                names.append(HashedPostings.entry(name, region: index))
                published.append(HashedPostings.entry(regions[index].nameAsPublished, region: index))
                let fold = NameFolding.fold(name)
                if !fold.isEmpty { folded.append(HashedPostings.entry(fold, region: index)) }
                if scope == .national { national.append(index) }
                var distinctCodes: Int32 = 0
                for entry in regions[index].municipalities {
                    var number = -1
                    if let reference = entry.municipalityNumber {
                        if reference >= ofReferenceNumber.count {
                            ofReferenceNumber += Array(repeating: -1, count: reference + 1 - ofReferenceNumber.count)
                        }
                        number = ofReferenceNumber[reference]
                    }
                    if number < 0 {
                        if let known = numbers[entry.municipality.code] {
                            number = known
                        } else {
                            number = byMunicipality.count
                            numbers[entry.municipality.code] = number
                            byMunicipality.append([])
                            lastRegion.append(-1)
                        }
                        if let reference = entry.municipalityNumber { ofReferenceNumber[reference] = number }
                    }
                    guard lastRegion[number] != index else { continue }  // listed twice in this region
                    lastRegion[number] = index
                    distinctCodes += 1
                    if scope != .national { byMunicipality[number].append(Int32(index)) }
                }
                counts.append(distinctCodes)
            }
            byName = HashedPostings(entries: names)
            byPublishedName = HashedPostings(entries: published)
            byFoldedName = HashedPostings(entries: folded)
            self.national = national
            municipalityNumbers = numbers
            self.byMunicipality = byMunicipality
            municipalityCounts = counts
        }
    }

    /// The tables of the regions' distinctive words (`NameTokens`) and their stems.
    private struct WordTables {
        let byWord: HashedPostings
        let byWordStem: HashedPostings
        let wordCounts: [UInt8]

        init(_ regions: [Region]) {
            var words: [UInt64] = [], stems: [UInt64] = []  // entries, as in `NameTables`
            var wordCounts: [UInt8] = []
            wordCounts.reserveCapacity(regions.count)
            for index in regions.indices {
                var seenStems: [String] = []
                let distinctive = NameTokens(regions[index].name).words
                for word in distinctive {
                    words.append(HashedPostings.entry(word, region: index))  // the words of a name are distinct
                    if let stem = RegionIndex.stem(word), !seenStems.contains(stem) {
                        seenStems.append(stem)
                        stems.append(HashedPostings.entry(stem, region: index))
                    }
                }
                wordCounts.append(UInt8(clamping: distinctive.count))
            }
            byWord = HashedPostings(entries: words)
            byWordStem = HashedPostings(entries: stems)
            self.wordCounts = wordCounts
        }
    }

    /// The first three bytes of a folded word that can take part in a spelling-variant pair (five
    /// bytes or more: `EditDistance.bound` is 0 below), nil for a shorter word.
    static func stem(_ word: String) -> String? {
        guard EditDistance.bound(forLength: word.utf8.count) > 0 else { return nil }
        return String(decoding: word.utf8.prefix(3), as: UTF8.self)
    }

    /// The regions of the lists (each ascending) that `pool` admits, each once, ascending.
    func merged(_ lists: [[Int]], in pool: RegionPool) -> [Int] {
        let all = lists.count == 1 ? lists[0] : Array(Set(lists.joined())).sorted()
        return pool.national == nil ? all : all.filter { pool.contains(scope: regions[$0].scope) }
    }
}
