/// Writes `report.md`: the counts, then every error, doubt and correction, in words a data steward
/// reads in a minute.
struct ReportWriter {
    let dataset: Dataset
    let issues: [Issue]
    let published: Bool
    /// Entries listed per code; the rest are counted and left to `issues.csv`, so that the report
    /// of an archive stays readable (and small).
    static let entriesPerCode = 100

    func markdown() -> String {
        let pairs = dataset.regions.reduce(0) { $0 + $1.municipalities.count }
        let count = { (s: Severity) in issues.filter { $0.severity == s }.count }
        var out = "# Regiokaart data-quality report\n\n"
        out += "- Source: `\(dataset.source)`\n"
        out += "- Status: \(published ? "published" : "NOT published: error-level findings below")\n"
        let claims = Set(dataset.countClaims.map(\.value)).sorted().map(String.init).joined(separator: ", ")
        out += "- Regions: \(dataset.regions.count)\(claims.isEmpty ? " (the publication states no count)" : " (the publication claims \(claims))")\n"
        for scope in Scope.allCases {
            out += "  - scope \(scope.rawValue): \(dataset.regions.filter { $0.scope == scope }.count)\n"
        }
        out += "- Region–municipality pairs: \(pairs)\n"
        out += "- Findings: \(count(.error)) errors, \(count(.warning)) warnings (corrections that change meaning, and doubts), \(count(.info)) routine corrections\n\n"
        out += MentionReport(dataset: dataset).markdown()
        for severity in Severity.allCases {
            let selected = issues.filter { $0.severity == severity }
            guard !selected.isEmpty else { continue }
            out += "## \(heading(severity)) (\(selected.count))\n\n"
            var byCode: [String: [Issue]] = [:]
            var order: [String] = []
            for issue in selected {
                if byCode[issue.code] == nil { order.append(issue.code) }
                byCode[issue.code, default: []].append(issue)
            }
            for code in order {
                let group = byCode[code]!
                let summary = IssueCode(rawValue: code)?.summary ?? ""
                out += "### `\(code)` (\(group.count))\n\n\(summary)\n\n"
                for issue in group.prefix(Self.entriesPerCode) {
                    let place = issue.location.map { " (\($0))" } ?? ""
                    let region = issue.regionID.map { "**\($0)**: " } ?? ""
                    out += "- \(region)\(escape(issue.message))\(place)\n"
                }
                if group.count > Self.entriesPerCode {
                    out += "- … and \(group.count - Self.entriesPerCode) more, see issues.csv\n"
                }
                out += "\n"
            }
        }
        return out
    }

    func heading(_ severity: Severity) -> String {
        switch severity {
        case .error: "Errors"
        case .warning: "Doubts and corrections that change meaning"
        case .info: "Routine corrections"
        }
    }

    static let markdownSpecials = Set("*_`<>|[]\\".utf8)

    /// Keeps Markdown from reading data as formatting.
    func escape(_ text: String) -> String {
        if ASCIIFastPath.isASCII(text) {
            // Bytes are characters here; long messages (a group of identical regions) stay cheap.
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count + 8)
            for byte in text.utf8 {
                if Self.markdownSpecials.contains(byte) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        for ch in text {
            if "*_`<>|[]\\".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
