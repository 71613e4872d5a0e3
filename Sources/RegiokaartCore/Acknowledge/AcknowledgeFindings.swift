/// Marks every finding a row of the acknowledgements table matches as acknowledged (with the row's
/// note), then reports each row that matched nothing as `acknowledgement.unused`, a warning: a
/// reviewed finding that went away, or a row mistyped.
///
/// Runs last, after `Pipeline.mentions`, so that it sees every finding with its final region id.
/// An acknowledged finding keeps its severity: it stays in `issues.csv` and `issues.json` (column
/// `acknowledged`), is listed in the report's own section, and does not count for `--strict`.
struct AcknowledgeFindings: Step {
    let table: AcknowledgementTable

    init(_ table: AcknowledgementTable) {
        self.table = table
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        guard !table.rows.isEmpty else { return }
        var used = [Bool](repeating: false, count: table.rows.count)
        dataset.log.acknowledge(regionIDs: dataset.regions.map(\.id)) { issue in
            guard let row = table.firstMatch(for: issue) else { return nil }
            used[row] = true
            return table.rows[row].note
        }
        for (row, acknowledgement) in table.rows.enumerated() where !used[row] {
            let parts = [acknowledgement.code] + [acknowledgement.regionID, acknowledgement.rawValue].map { $0 ?? "*" }
            // No region id on the finding: the row's region may be gone from the publication.
            dataset.report(Issue(.warning, .acknowledgementUnused, field: "acknowledgement",
                                 raw: parts.joined(separator: "|"), at: acknowledgement.location,
                                 "The acknowledgement of \(describe(acknowledgement)) matched no finding of this run: "
                                 + "the finding went away (remove the row) or the row is mistyped."))
        }
    }

    /// "code X (region R, raw value "V")", naming only what the row gives.
    func describe(_ acknowledgement: Acknowledgement) -> String {
        var qualifiers: [String] = []
        if let region = acknowledgement.regionID { qualifiers.append("region \(region)") }
        if let raw = acknowledgement.rawValue { qualifiers.append("raw value \"\(raw)\"") }
        return "code \(acknowledgement.code)" + (qualifiers.isEmpty ? "" : " (" + qualifiers.joined(separator: ", ") + ")")
    }
}
