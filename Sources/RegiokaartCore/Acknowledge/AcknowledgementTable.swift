import Foundation

/// The steward's acknowledgements table (`Input/corrections/acknowledged.csv`:
/// `code,region_id,raw_value,note`). `region_id` and `raw_value` may be empty to match any.
///
/// The file's shape is checked here: a missing column, an unknown code or a repeated row is an
/// `InputError` naming file and line (unusable input, exit 2). Whether a row still matches anything
/// is decided per run (`AcknowledgeFindings` reports `acknowledgement.unused`).
struct AcknowledgementTable: Sendable {
    /// The file's columns.
    static let columns = ["code", "region_id", "raw_value", "note"]

    /// The rows in file order.
    let rows: [Acknowledgement]
    /// Row indices per code: a run has up to hundreds of thousands of findings, the table a few rows.
    let byCode: [String: [Int]]

    init(_ rows: [Acknowledgement]) {
        self.rows = rows
        byCode = Dictionary(grouping: rows.indices, by: { rows[$0].code })
    }

    /// Reads the table at `path`; an absent file is an empty table when `optional`.
    static func load(path: String, optional: Bool) throws(InputError) -> AcknowledgementTable {
        if optional && !FileManager.default.fileExists(atPath: path) { return AcknowledgementTable([]) }
        let table = try CSVTable(path: path, displayName: path, columns: columns)
        var rows: [Acknowledgement] = []
        var seen: [Acknowledgement: Int] = [:]
        for row in table.rows {
            let code = try row.value("code")
            guard IssueCode(rawValue: code) != nil else {
                throw InputError(.malformed, file: path, line: row.location.line,
                                 "names the code \"\(code)\", which regiokaart does not report (see IssueCode.swift)")
            }
            let region = try row.value("region_id", required: false)
            let raw = row.cell("raw_value") ?? ""
            let acknowledgement = Acknowledgement(code: code, regionID: region.isEmpty ? nil : region,
                                                  rawValue: NameFolding.collapseWhitespace(raw).isEmpty ? nil : raw,
                                                  note: try row.value("note", required: false), location: row.location)
            var key = acknowledgement
            key.note = ""
            key.location = SourceLocation(file: "", line: 0)
            if let first = seen[key] {
                throw InputError(.malformed, file: path, line: row.location.line,
                                 "repeats the acknowledgement of line \(first) (same code, region_id and raw_value)")
            }
            seen[key] = row.location.line
            rows.append(acknowledgement)
        }
        return AcknowledgementTable(rows)
    }

    /// The index of the first row that matches `issue`, if any.
    func firstMatch(for issue: Issue) -> Int? {
        byCode[issue.code]?.first { rows[$0].matches(issue) }
    }
}
