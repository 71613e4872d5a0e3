/// The report's head: source, status, the counts of regions and findings.
struct StatusSection: ReportSection {
    func blocks(_ c: ReportContext) -> [ReportBlock] {
        let d = c.dataset
        // Counted by index: a closure given each element would copy every finding and region.
        var perSeverity: [Severity: Int] = [:]
        for i in c.issues.indices { perSeverity[c.issues.recorded(i, \.severity), default: 0] += 1 }
        let count = { (s: Severity) in perSeverity[s] ?? 0 }
        let claims = Set(d.countClaims.map(\.value)).sorted().map(String.init).joined(separator: ", ")
        let scopes = Scope.allCases.map { scope in "\(d.regions.indices.count { d.regions[$0].scope == scope }) \(scope.rawValue)" }
        let pairs = d.pairCount
        let status: [ReportText] = c.published ? [.strong("published")]
            : [.strong("NOT published"), .plain(": \(count(.error)) error-level findings, see the faults and decisions below")]
        return [
            .heading("Regiokaart data-quality report", level: 1),
            .list([
                ReportItem(text: [.plain("Source: "), .code(d.source), .plain(" (a bare \"line N\" below is a line of it)")]),
                ReportItem(text: [.plain("Status: ")] + status),
                ReportItem(text: [.plain("Regions: \(d.regions.count)"
                                         + (claims.isEmpty ? " (the publication states no count)" : " (the publication claims \(claims))")
                                         + "; scope: \(scopes.joined(separator: ", ")); \(pairs) region–municipality pairs")]),
                ReportItem(text: [.plain("Findings: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.info)) routine corrections; all in "),
                                  .code("issues.csv"), .plain(" / "), .code("issues.json")]),
            ]),
        ]
    }
}
