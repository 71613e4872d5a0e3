extension DatasetRenderer {
    /// Writes the CSV of `table` alone, in this renderer's dialect, into `sink`. `issues`: the
    /// dataset's findings in `reportOrder`, when the caller has them already.
    func csv(_ table: DataTable, _ dataset: Dataset, issues: [Issue]? = nil, into sink: ByteSink) {
        switch table {
        case .regions: regionsCSV(dataset, into: sink)
        case .regionMunicipalities: pairsCSV(dataset, into: sink)
        case .municipalities: municipalitiesCSV(dataset, into: sink)
        case .cases: casesCSV(dataset, into: sink)
        case .voorlopers: voorlopersCSV(dataset, into: sink)
        case .issues: issuesCSV(issues ?? Self.reportOrder(dataset.issues), into: sink)
        }
    }
}
