extension DatasetRenderer {
    /// The CSV of `table` alone, in this renderer's dialect.
    func csv(_ table: DataTable, _ dataset: Dataset) -> [UInt8] {
        switch table {
        case .regions: regionsCSV(dataset)
        case .regionMunicipalities: pairsCSV(dataset)
        case .municipalities: municipalitiesCSV(dataset)
        case .cases: casesCSV(dataset)
        case .voorlopers: voorlopersCSV(dataset)
        case .issues: issuesCSV(Self.reportOrder(dataset.issues))
        }
    }
}
