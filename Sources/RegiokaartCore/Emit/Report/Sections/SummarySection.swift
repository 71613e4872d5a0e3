/// "Corrections and evidence": the findings no section above lists, one table row per code with its
/// severity, count and meaning; the findings themselves are in `issues.csv`.
struct SummarySection: ReportSection {
    func blocks(_ c: ReportContext) -> [ReportBlock] {
        var rows: [[String]] = []
        for severity in Severity.allCases {
            for code in c.codeOrder {
                let n = c.byCode[code]!.count { c.issues.recorded($0, \.severity) == severity }
                guard n > 0, !FaultsSection.codes.contains(where: { $0.rawValue == code }),
                      !DecisionsSection.includes(code, severity) else { continue }
                rows.append([code, severity.rawValue, String(n), IssueCode(rawValue: code)?.summary ?? ""])
            }
        }
        guard !rows.isEmpty else { return [] }
        return [.heading("Corrections and evidence", level: 2),
                .paragraph([.plain("Routine corrections and the evidence of region links, counted per code; each finding is a row of "),
                            .code("issues.csv"), .plain(".")]),
                .table(header: ["code", "severity", "count", "meaning"], rows: rows)]
    }
}
