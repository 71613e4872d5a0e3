/// Splits a listed entry that holds several names ("Aalten, Apeldoorn, Berkelland en Zutphen", or
/// with ";", or "Aalten · Apeldoorn · Zutphen"), the way a rendering prints a list on one line or
/// after "Verzorgingsgebied:", into one entry per name, each on the line of the list.
///
/// An entry with a list separator (`ListSeparators`: a comma or semicolon, a spaced "·", "•" or
/// "|") is split at those, and at " en " after the last of them
/// (Dutch lists put "en" before the last name). A reference name that holds a separator itself
/// (`CompoundNames`: "Nuenen, Gerwen en Nederwetten", "Gilze en Rijen", or a misspelling of one)
/// is never cut: the longest run of pieces that is such a name stays one entry, and an entry that
/// is one as a whole is left as it is. An entry with " en " but no comma ("Amsterdam en Diemen")
/// is split only when the whole matches nothing and every piece is a municipality or province by
/// name (exact, qualifier, folded, alias or former: never a guess); otherwise it stays one entry
/// and is reported unmatched. Each split is reported (`area.list_split`, info) with the pieces.
struct SplitListedNames: RegionStep {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        for index in dataset.regions.indices { apply(toRegionAt: index, of: &dataset, context: context) }
    }

    /// Splits the entries of the region at `index`.
    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let area = dataset.regions[index].area
        func mayHoldSeveral(_ entry: AreaEntry) -> Bool {
            guard case .pending = entry.resolution else { return false }
            return CompoundNames.mayHoldSeveral(entry.name)
        }
        var matches = MatchMemo()
        let region = dataset.regions[index].id
        /// Whether `name` is a province or a municipality by a rule that does not guess.
        func isKnown(_ name: String) -> Bool {
            if context.provinces.province(named: name) != nil { return true }
            guard let kind = matches.match(name, region: region, matcher: context.matcher).kind else { return false }
            return DetectProvinces.municipalityKinds.contains(kind)
        }
        guard area.contains(where: mayHoldSeveral) else { return }
        var result: [AreaEntry] = []
        result.reserveCapacity(area.count)
        for entry in area {
            guard mayHoldSeveral(entry) else { result.append(entry); continue }
            let listed = ListSeparators.any(in: entry.name)
            // "Gilze en Rijen": a name known whole is never split (and is settled without the compound names).
            guard listed || !isKnown(entry.name) else { result.append(entry); continue }
            let names = Self.names(in: entry.name, compound: context.compoundNames)
            guard names.count > 1, listed || names.allSatisfy(isKnown) else { result.append(entry); continue }
            result.append(contentsOf: names.map { AreaEntry(raw: $0, line: entry.line) })
            dataset.report(Issue(.info, .areaListSplit, field: "municipalities", raw: entry.name, result: names.joined(separator: " | "),
                                 at: dataset.regions[index].location(of: entry),
                                 "A line of \(names.count) names was split into one entry each."), region: index)
        }
        dataset.regions[index].area = result
    }

    /// The names of the entry `text`: its pieces (`CompoundNames.pieceRanges`), each longest run
    /// of them that is a compound reference name kept together; `[text]` when the whole is one.
    static func names(in text: String, compound: CompoundNames) -> [String] {
        let pieces = CompoundNames.pieceRanges(in: text)
        guard pieces.count > 1, !compound.contains(text) else { return [text] }
        var names: [String] = []
        var i = 0
        while i < pieces.count {
            var taken = 1
            for length in stride(from: min(compound.maximumPieces, pieces.count - i), through: 2, by: -1) {
                let span = String(text[pieces[i].lowerBound..<pieces[i + length - 1].upperBound])
                if compound.contains(span) { taken = length; break }
            }
            names.append(String(text[pieces[i].lowerBound..<pieces[i + taken - 1].upperBound]))
            i += taken
        }
        return names
    }
}
