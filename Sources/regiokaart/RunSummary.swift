import Foundation
import RegiokaartCore

/// The few lines every finished run ends with: what was built, what was found, where it went.
struct RunSummary {
    let result: BuildResult
    let forms: CSVOutputForms
    let databasePath: String?
    let runID: Int64?
    let seconds: Double

    /// The counts line: regions, pairs, errors, doubts and corrections.
    var counts: String {
        let dataset = result.dataset
        let log = dataset.log
        let pairs = dataset.pairCount
        let scopes = Scope.allCases.map { scope in "\(dataset.regions.filter { $0.scope == scope }.count) \(scope.rawValue)" }
        return "  \(dataset.regions.count) regions (\(scopes.joined(separator: ", "))), \(pairs) region-municipality pairs\n"
            + "  \(log.count(.error)) errors, \(log.count(.warning)) doubts and corrections that change meaning (warnings), "
            + "\(log.count(.info)) routine corrections (info)"
            + (acknowledged > 0 ? "; \(acknowledged) acknowledged (do not count for --strict)" : "") + "\n"
            + Self.newFindingsLine(result)
    }

    /// The number of acknowledged findings, all severities.
    var acknowledged: Int {
        Severity.allCases.reduce(0) { $0 + result.dataset.log.count($1, acknowledged: true) }
    }

    /// How many findings are new since the previous run, and the first few of them.
    static func newFindingsLine(_ result: BuildResult) -> String {
        guard let new = result.newFindings, let baseline = result.findingsBaseline else {
            return "  new findings: no previous issues.json to compare with\n"
        }
        var out = "  \(new.count) findings new since \(baseline)/issues.json\(new.isEmpty ? "" : ":")\n"
        for issue in new.prefix(newShown) {
            out += "    \(issue.severity.rawValue) \(issue.code)\(issue.regionID.map { " \($0)" } ?? ""): \(issue.message)\n"
        }
        if new.count > newShown { out += "    … and \(new.count - newShown) more in the report\n" }
        return out
    }

    /// How many new findings the summary lists.
    static let newShown = 10

    /// The whole summary of a published run.
    var published: String {
        let folder = result.destination
        var out = "regiokaart: published to \(folder) in \(String(format: "%.1f", seconds)) s\n" + counts
        let top = result.files.filter { !$0.contains("/") }
        out += "  files: \(top.joined(separator: ", "))"
        out += " (CSV: \(forms == .excelNL ? "excel-nl, semicolon, UTF-8 with BOM" : "RFC 4180"))\n"
        if forms == .both {
            out += "  for spreadsheets (Dutch locale): \(folder)/\(CSVOutputForms.excelNLFolder)/*.csv (semicolon, UTF-8 with BOM)\n"
        }
        out += "  report: \(folder)/report.md\n"
        out += database
        return out
    }

    /// The database line, if the run was recorded.
    var database: String {
        guard let databasePath, let runID else { return "" }
        return "  database: \(databasePath) (run \(runID), status \(result.published ? "published" : "rejected"))\n"
    }
}
