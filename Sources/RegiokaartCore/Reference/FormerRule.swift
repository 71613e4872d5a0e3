/// The name is a former municipality: its successor from the merger table.
/// Municipalities split over several successors map to the main one (the table's first row).
struct FormerRule: MatchRule {
    let kind = MatchKind.former
    let byFolded: [String: [Merger]]

    init(_ reference: ReferenceData) {
        var byFolded: [String: [Merger]] = [:]
        for merger in reference.mergers { byFolded[NameFolding.fold(merger.oldName), default: []].append(merger) }
        self.byFolded = byFolded
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        guard let rows = byFolded[folded], let main = rows.first else { return nil }
        var detail = "\(main.oldName) (\(main.oldCode)) ceased on \(main.date); successor \(main.newName)"
        if rows.count > 1 {
            detail += "; its territory was split, also to " + rows.dropFirst().map(\.newName).joined(separator: ", ")
        }
        return RuleHit(codes: [main.newCode], detail: detail)
    }
}
