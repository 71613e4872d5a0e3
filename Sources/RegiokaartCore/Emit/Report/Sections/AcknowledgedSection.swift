/// "Acknowledged": the findings a row of `Input/corrections/acknowledged.csv` marked as reviewed,
/// one line each with the steward's note. They keep their severity but leave "Decisions left to
/// you" (an acknowledged error still blocks publication and stays there too).
struct AcknowledgedSection: ReportSection {
    func blocks(_ c: ReportContext) -> [ReportBlock] {
        let acknowledged = c.issues.indices.filter { c.issues.recorded($0, \.isAcknowledged) }.map { c.issues[$0] }
        guard !acknowledged.isEmpty else { return [] }
        var items = acknowledged.prefix(ReportContext.entriesPerCode).map { f in
            let note = f.acknowledgement.flatMap { $0.isEmpty ? nil : " — \($0)" } ?? ""
            return ReportItem(text: [.plain("\(f.severity.rawValue) "), .code(f.code)] + c.where(f) + [.plain(DecisionsSection.what(f) + note)])
        }
        if acknowledged.count > ReportContext.entriesPerCode {
            items.append(ReportItem(text: [.plain("… and \(acknowledged.count - ReportContext.entriesPerCode) more: see "), .code("issues.csv")]))
        }
        return [.heading("Acknowledged (\(acknowledged.count))", level: 2),
                .paragraph([.plain("Reviewed and accepted in "), .code(DecisionsSection.acknowledgements),
                            .plain("; they keep their severity but do not count for "), .code("--strict"), .plain(".")]),
                .list(items)]
    }
}
