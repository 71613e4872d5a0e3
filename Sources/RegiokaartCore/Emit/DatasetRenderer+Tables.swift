extension DatasetRenderer {
    /// Writes the CSV of `table` alone, in this renderer's dialect, into `sink`.
    func csv(_ table: DataTable, _ dataset: Dataset, into sink: ByteSink) {
        switch table {
        case .regions: regionsCSV(dataset, into: sink)
        case .regionMunicipalities: pairsCSV(dataset, into: sink)
        case .municipalities: municipalitiesCSV(dataset, into: sink)
        case .cases: casesCSV(dataset, into: sink)
        case .voorlopers: voorlopersCSV(dataset, into: sink)
        case .issues: issuesCSV(Self.reportOrder(dataset.issues), into: sink)
        }
    }
}
