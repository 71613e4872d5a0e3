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
        let pairs = dataset.regions.reduce(0) { $0 + $1.municipalities.count }
        let scopes = Scope.allCases.map { scope in "\(dataset.regions.filter { $0.scope == scope }.count) \(scope.rawValue)" }
        return "  \(dataset.regions.count) regions (\(scopes.joined(separator: ", "))), \(pairs) region-municipality pairs\n"
            + "  \(log.count(.error)) errors, \(log.count(.warning)) doubts and corrections that change meaning (warnings), "
            + "\(log.count(.info)) routine corrections (info)\n"
    }

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
