/// Writes `report.md`: the counts, then every error, doubt and correction, in words a data steward
/// reads in a minute.
struct ReportWriter {
    let dataset: Dataset
    let issues: [Issue]
    let published: Bool
    /// The findings new since a named previous run (`build --previous`), listed first; nil for none.
    var newFindings: [Issue]? = nil
    /// Entries listed per code; the rest are counted and left to `issues.csv`, so that the report
    /// of an archive stays readable (and small).
    static let entriesPerCode = 100

    func markdown() -> String {
        // Indices rather than elements throughout: copying a region or finding retains each of its
        // strings, and an archive has tens of thousands of both.
        let pairs = dataset.regions.indices.reduce(0) { $0 + dataset.regions[$1].municipalities.count }
        let count = { (s: Severity) in issues.count { $0.severity == s } }
        var out = "# Regiokaart data-quality report\n\n"
        out += "- Source: `\(dataset.source)`\n"
        out += "- Status: \(published ? "published" : "NOT published: error-level findings below")\n"
        let claims = Set(dataset.countClaims.map(\.value)).sorted().map(String.init).joined(separator: ", ")
        out += "- Regions: \(dataset.regions.count)\(claims.isEmpty ? " (the publication states no count)" : " (the publication claims \(claims))")\n"
        for scope in Scope.allCases {
            out += "  - scope \(scope.rawValue): \(dataset.regions.indices.count { dataset.regions[$0].scope == scope })\n"
        }
        out += "- Region–municipality pairs: \(pairs)\n"
        out += "- Findings: \(count(.error)) errors, \(count(.warning)) warnings (corrections that change meaning, and doubts), \(count(.info)) routine corrections\n\n"
        out += stewardSections()
        out += MentionReport(dataset: dataset).markdown()
        for severity in Severity.allCases {
            // Acknowledged findings are listed in their own section (`stewardSections`), not here;
            // an acknowledged error still blocks publication and stays under Errors too.
            let selected = issues.indices.filter {
                issues[$0].severity == severity && (severity == .error || !issues[$0].isAcknowledged)
            }
            guard !selected.isEmpty else { continue }
            out += "## \(heading(severity)) (\(selected.count))\n\n"
            var byCode: [String: [Int]] = [:]
            var order: [String] = []
            for index in selected {
                if byCode[issues[index].code] == nil { order.append(issues[index].code) }
                byCode[issues[index].code, default: []].append(index)
            }
            for code in order {
                let group = byCode[code]!
                let summary = IssueCode(rawValue: code)?.summary ?? ""
                out += "### `\(code)` (\(group.count))\n\n\(summary)\n\n"
                for issue in group.prefix(Self.entriesPerCode).map({ issues[$0] }) {
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

    /// The steward's sections, before everything else: the findings new since the previous run
    /// (when a previous run was named), then the acknowledged findings with their notes.
    func stewardSections() -> String {
        var out = ""
        func line(_ issue: Issue) -> String {
            let place = issue.location.map { " (\($0))" } ?? ""
            let region = issue.regionID.map { "**\($0)**: " } ?? ""
            return "- \(issue.severity.rawValue) `\(issue.code)`: \(region)\(escape(issue.message))\(place)\n"
        }
        if let newFindings {
            out += "## New since the previous run (\(newFindings.count))\n\n"
            out += newFindings.isEmpty ? "No finding is new.\n" : ""
            for issue in newFindings.prefix(Self.entriesPerCode) { out += line(issue) }
            if newFindings.count > Self.entriesPerCode {
                out += "- … and \(newFindings.count - Self.entriesPerCode) more\n"
            }
            out += "\n"
        }
        let acknowledged = issues.indices.filter { issues[$0].isAcknowledged }
        if !acknowledged.isEmpty {
            out += "## Acknowledged (\(acknowledged.count))\n\n"
            out += "Reviewed and accepted in the acknowledgements table (`Input/corrections/acknowledged.csv`, `--acknowledged`); they keep their severity but do not count for `--strict`.\n\n"
            for index in acknowledged.prefix(Self.entriesPerCode) {
                let note = issues[index].acknowledgement.flatMap { $0.isEmpty ? nil : " — " + escape($0) } ?? ""
                out += String(line(issues[index]).dropLast()) + note + "\n"
            }
            if acknowledged.count > Self.entriesPerCode {
                out += "- … and \(acknowledged.count - Self.entriesPerCode) more, see issues.csv\n"
            }
            out += "\n"
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
        switch Self.specials(in: text) {
        case .none:
            // Most messages: nothing to escape (and a group of identical regions' message is long).
            return text
        case .standalone:
            // Each special is a character of its own (ASCII on both sides), so escaping bytes
            // escapes exactly the characters the loop below would.
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count + 8)
            for byte in text.utf8 {
                if Self.markdownSpecials.contains(byte) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        case .other:
            break
        }
        // A special next to non-ASCII bytes may share a character with a combining or prepended
        // mark, which is then not the special itself: decide by characters.
        var out = ""
        for ch in text {
            if "*_`<>|[]\\".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Where a text's Markdown specials stand.
    enum Specials { case none, standalone, other }

    /// `.none` when `text` holds no special; `.standalone` when every special byte has an ASCII byte
    /// (or the text's end) on both sides, so that it is a character of its own (no prepended mark
    /// before it, no combining mark after it); `.other` otherwise.
    static func specials(in text: String) -> Specials {
        var text = text
        return text.withUTF8 { bytes in
            var found = false
            for i in 0..<bytes.count where specialTable[Int(bytes[i])] {
                found = true
                if i > 0, bytes[i - 1] >= 0x80 { return .other }
                if i + 1 < bytes.count, bytes[i + 1] >= 0x80 { return .other }
            }
            return found ? .standalone : .none
        }
    }

    private static let specialTable: [Bool] = (0..<256).map { markdownSpecials.contains(UInt8($0)) }
}
