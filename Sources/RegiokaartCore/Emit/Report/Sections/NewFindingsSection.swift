/// "New since the previous run": the findings the previous run (`build --previous DIR`) did not
/// have, so that a steward reads what changed first. Absent when no previous run was named: a
/// plain build's report depends on its input alone.
struct NewFindingsSection: ReportSection {
    func blocks(_ c: ReportContext) -> [ReportBlock] {
        guard let new = c.newFindings else { return [] }
        let heading = ReportBlock.heading("New since the previous run (\(new.count))", level: 2)
        guard !new.isEmpty else { return [heading, .paragraph([.plain("No finding is new.")])] }
        var items = new.prefix(ReportContext.entriesPerCode).map { f in
            ReportItem(text: [.plain("\(f.severity.rawValue) "), .code(f.code)] + c.where(f) + [.plain(DecisionsSection.what(f))])
        }
        if new.count > ReportContext.entriesPerCode {
            items.append(ReportItem(text: [.plain("… and \(new.count - ReportContext.entriesPerCode) more: see "), .code("issues.csv")]))
        }
        return [heading, .list(items)]
    }
}
