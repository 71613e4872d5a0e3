/// One row of `municipalities.csv`: a reference municipality and where its coverage is.
struct MunicipalityCoverageRow {
    /// The municipality.
    let municipality: Municipality
    /// Its row in the coverage (`Coverage.row(of:)`); nil when the coverage does not list it.
    let row: Int?
    /// The coverage cells of the table being written.
    let cells: MunicipalityCoverageCells
}
