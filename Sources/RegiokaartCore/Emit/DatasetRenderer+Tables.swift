extension DatasetRenderer {
    /// Writes the CSV of `table` alone, in this renderer's dialect, into `sink`. `issues`: the
    /// dataset's findings in `reportOrder`, when the caller has them already.
    func csv(_ table: DataTable, _ dataset: Dataset, issues: FindingsInReportOrder? = nil, into sink: ByteSink) {
        csv(table, dataset, issues: issues, into: [target(sink)])
    }

    /// Writes the CSV of `table` in each target's dialect at once (each value read once), each into
    /// its target's sink: the same bytes as `csv(_:_:issues:into:)` by a renderer of that dialect.
    func csv(_ table: DataTable, _ dataset: Dataset, issues: FindingsInReportOrder? = nil, into targets: [CSVTarget]) {
        switch table {
        case .regions: regionsCSV(dataset, into: targets)
        case .regionMunicipalities: pairsCSV(dataset, into: targets)
        case .municipalities: municipalitiesCSV(dataset, into: targets)
        case .cases: casesCSV(dataset, into: targets)
        case .voorlopers: voorlopersCSV(dataset, into: targets)
        case .issues: issuesCSV(issues ?? Self.reportOrder(dataset), into: targets)
        }
    }
}
