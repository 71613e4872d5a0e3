/// "Faults in the publication": what the publication itself gets wrong, one item per kind of fault
/// with its count and code, the details as sub-items (coverage gaps and overlaps per sector).
struct FaultsSection: ReportSection {
    /// The codes this section shows; the summary section leaves them out.
    static let codes: [IssueCode] = [.coverageGap, .coverageOverlap, .regionIdenticalFigures, .sectorTagMismatch,
                                     .nameUnknownSectorTag, .municipalityFuzzyMatch, .municipalityFolded,
                                     .municipalityFormer, .municipalityPlace, .areaRepeated, .regionCountMismatch,
                                     .publicationConflictingClaims, .publicationNoCountClaim, .themeCountClaims,
                                     .voorloperCountMismatch, .voorloperNoCountClaim]

    func blocks(_ c: ReportContext) -> [ReportBlock] {
        let items = [gaps(c), overlaps(c), messages(c, .regionIdenticalFigures, "Identical figures"),
                     messages(c, .sectorTagMismatch, "Sector tags contradicted by the figures"),
                     messages(c, .nameUnknownSectorTag, "Unknown sector tags"), names(c),
                     messages(c, .areaRepeated, "Names listed twice in one region"), counts(c)].compactMap { $0 }
        return [.heading("Faults in the publication", level: 2),
                items.isEmpty ? .paragraph([.plain("None found.")]) : .list(items)]
    }

    /// Gaps per sector, from the `coverage.gap` findings (result: the sectors, `/`-separated).
    func gaps(_ c: ReportContext) -> ReportItem? {
        let findings = c.findings(.coverageGap)
        guard !findings.isEmpty else { return nil }
        var total = 0
        let children: [[ReportText]] = Sector.allCases.compactMap { sector -> [[ReportText]]? in
            let names = findings.filter { ($0.resultValue ?? "").split(separator: "/").contains { $0 == sector.rawValue } }
                .map { ReportContext.municipalityName($0.rawValue) }
            total += names.count
            return names.isEmpty ? nil : Self.chunks(sector, names, count: names.count)
        }.flatMap { $0 }
        return ReportItem(text: [.strong("Coverage gaps"), .plain(": \(total) municipality–sector pairs that no region covers ("),
                                 .code(IssueCode.coverageGap.rawValue), .plain("; hatched red on the maps)")],
                          children: children)
    }

    /// Overlaps per sector, from the `coverage.overlap` findings (field `coverage.<sector>`).
    func overlaps(_ c: ReportContext) -> ReportItem? {
        let findings = c.findings(.coverageOverlap)
        guard !findings.isEmpty else { return nil }
        // Each finding's sector read once: a lazy filter per sector read every finding again for
        // its emptiness, its count and its names.
        let fields = Sector.allCases.map { "coverage.\($0.rawValue)" }
        var inSector = Array(repeating: [Int](), count: fields.count)
        for k in findings.indices {
            let field = findings[k].field
            if let s = fields.firstIndex(where: { $0 == field }) { inSector[s].append(k) }
        }
        let children: [[ReportText]] = Sector.allCases.indices.compactMap { s -> [[ReportText]]? in
            guard !inSector[s].isEmpty else { return nil }
            let names = inSector[s].lazy.map { findings[$0] }.map { f in
                let regions = (f.resultValue ?? "").utf8.count { $0 == UInt8(ascii: "|") } + 1
                return ReportContext.municipalityName(f.rawValue) + (regions > 2 ? " (\(regions) regions)" : "")
            }
            return Self.chunks(Sector.allCases[s], names, count: inSector[s].count)
        }.flatMap { $0 }
        return ReportItem(text: [.strong("Overlaps"), .plain(": \(findings.count) municipality–sector pairs covered by several regions ("),
                                 .code(IssueCode.coverageOverlap.rawValue), .plain("; striped and outlined on the maps; regions per municipality in "),
                                 .code("municipalities.csv"), .plain(")")],
                          children: children)
    }

    /// Characters of names per line: a long list goes on over several lines, none cut.
    static let namesPerLine = 240
    /// Lines per sector; an archive's further names are in `municipalities.csv` and `issues.csv`.
    static let linesPerSector = 6

    /// `names` (`count` of them) as lines "**po** (54): A, B, …", then "**po**, continued: …"; the
    /// names past the last line shown are counted, not made (an archive has tens of thousands).
    static func chunks(_ sector: Sector, _ names: some Sequence<String>, count: Int) -> [[ReportText]] {
        var lines: [[String]] = [[]]
        var length = 0
        for name in names {
            if length + name.count > namesPerLine, !lines[lines.count - 1].isEmpty {
                if lines.count == linesPerSector { lines.append([]); break }
                lines.append([])
                length = 0
            }
            lines[lines.count - 1].append(name)
            length += name.count + 2
        }
        var out: [[ReportText]] = lines.prefix(linesPerSector).enumerated().map { n, line in
            [.strong(sector.rawValue), .plain((n == 0 ? " (\(count)): " : ", continued: ") + line.joined(separator: ", "))]
        }
        if lines.count > linesPerSector {
            let shown = lines.prefix(linesPerSector).reduce(0) { $0 + $1.count }
            out.append([.strong(sector.rawValue), .plain(", … and \(count - shown) more: see "), .code("municipalities.csv")])
        }
        return out
    }

    /// One sub-item per finding: its region, message and place.
    func messages(_ c: ReportContext, _ code: IssueCode, _ title: String) -> ReportItem? {
        let findings = c.findings(code)
        guard !findings.isEmpty else { return nil }
        var children: [[ReportText]] = findings.prefix(ReportContext.entriesPerCode).map { f in
            (f.regionID.map { [.strong($0), .plain(": ")] } ?? []) + [.plain(f.message + placeSuffix(c, f))]
        }
        if let more = ReportContext.more(findings.count, code: code) { children.append(more.text) }
        return ReportItem(text: [.strong(title), .plain(": \(findings.count) ("), .code(code.rawValue), .plain(")")], children: children)
    }

    /// How each code's name is wrong, in the sub-items.
    static let kinds: [IssueCode: String] = [.municipalityFuzzyMatch: "misspelt", .municipalityFolded: "accents or spacing",
                                             .municipalityFormer: "former municipality", .municipalityPlace: "a place, not a municipality"]

    /// Misspelt or outdated names, printed → CBS name, once per distinct pair with the regions using it.
    func names(_ c: ReportContext) -> ReportItem? {
        let codes: [IssueCode] = [.municipalityFuzzyMatch, .municipalityFolded, .municipalityFormer, .municipalityPlace]
        // Per distinct pair (in order of first use): its key, kind and uses; one lookup per finding.
        var order: [(key: String, kind: String?, uses: [String])] = []
        var slot: [String: Int] = [:]
        for code in codes {
            let kind = Self.kinds[code]
            for f in c.findings(code) {
                let key = "\(f.rawValue ?? "") → \(ReportContext.municipalityName(f.resultValue))"
                let n = slot[key] ?? {
                    order.append((key, kind, []))
                    slot[key] = order.count - 1
                    return order.count - 1
                }()
                let place = c.place(f.location)
                let region = f.regionID ?? ""
                order[n].uses.append(region.isEmpty ? place : place.isEmpty ? region : region + " " + place)
            }
        }
        guard !order.isEmpty else { return nil }
        var children: [[ReportText]] = order.prefix(ReportContext.entriesPerCode).map { pair in
            [.plain(pair.key + " (\(pair.kind!); " + pair.uses.joined(separator: ", ") + ")")]
        }
        if order.count > ReportContext.entriesPerCode {
            children.append([.plain("… and \(order.count - ReportContext.entriesPerCode) more: see "), .code("issues.csv")])
        }
        let total = order.reduce(0) { $0 + $1.uses.count }
        return ReportItem(text: [.strong("Misspelt or outdated names"), .plain(": \(order.count) names, \(total) uses, printed → CBS name ("),
                                 .code("municipality.fuzzy_match"), .plain(", "), .code(".folded"), .plain(", "), .code(".former"),
                                 .plain(", "), .code(".place"), .plain(")")],
                          children: children)
    }

    /// The publication's own counts against what was counted.
    func counts(_ c: ReportContext) -> ReportItem? {
        let d = c.dataset
        let m = d.mentions
        func claimed(_ values: [Int]) -> String {
            let set = Set(values).sorted().map(String.init)
            return set.isEmpty ? "none stated" : set.joined(separator: " and ")
        }
        func mark(_ values: [Int], _ counted: Int) -> String { Set(values) == [counted] ? "agrees" : "DIFFERS" }
        var parts = ["regions: claimed \(claimed(d.countClaims.map(\.value))), counted \(d.regions.count) (\(mark(d.countClaims.map(\.value), d.regions.count)))"]
        if m.article != nil {
            let v = m.voorloperCountClaims.map(\.value)
            parts.append("voorlopers: claimed \(claimed(v)), read \(m.voorlopers.count) (\(mark(v, m.voorlopers.count)))")
        }
        if !m.themes.isEmpty || !m.themeCountClaims.isEmpty {
            let t = m.themeCountClaims.map(\.value)
            parts.append("themes: claimed \(claimed(t)), counted \(m.themes.count) (\(mark(t, m.themes.count)))")
        }
        return ReportItem(text: [.strong("Counts claimed against counted"), .plain(": " + parts.joined(separator: "; "))])
    }

    private func placeSuffix(_ c: ReportContext, _ f: Issue) -> String {
        let place = c.place(f.location)
        return place.isEmpty ? "" : " (\(place))"
    }
}
