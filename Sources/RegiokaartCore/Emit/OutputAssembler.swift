/// Everything a build writes into its output folder: the data and report files in the primary CSV
/// dialect, the same CSVs in `excel-nl/` when both forms are asked for, and `datapackage.json`
/// describing every CSV (published runs only: a rejected run's folder holds the report alone).
struct OutputAssembler: Sendable {
    let reference: ReferenceData
    let forms: CSVOutputForms
    /// The shapes for the coverage maps (`maps/*.svg`, `report.html`); nil: no maps.
    let geometry: MapGeometry?
    /// The findings new since a named previous run, listed first in `report.md`; nil for none.
    var newFindings: [Issue]? = nil

    init(reference: ReferenceData, forms: CSVOutputForms = .both, geometry: MapGeometry? = nil) {
        self.reference = reference
        self.forms = forms
        self.geometry = geometry
    }

    /// The files for `dataset`; `published` selects the data files and the package descriptor.
    func files(_ dataset: Dataset, published: Bool) throws -> [OutputFile] {
        let primary = DatasetRenderer(reference: reference, dialect: forms.primaryDialect, geometry: geometry)
        // One ordered copy of the findings for every file that lists them: the files render
        // concurrently, and a copy each was the peak memory of a large archive's run.
        let issues = DatasetRenderer.reportOrder(dataset)
        var files = (published ? try primary.dataFiles(dataset) : [])
            + (try primary.reportFiles(dataset, published: published, issues: issues, newFindings: newFindings))
        let tables = DataTable.allCases.filter { published || !$0.isData }
        for layout in forms.layouts.dropFirst() {
            let renderer = DatasetRenderer(reference: reference, dialect: layout.dialect)
            files += tables.map { table in
                OutputFile(name: layout.prefix + table.fileName) { renderer.csv(table, dataset, issues: issues, into: $0) }
            }
        }
        // Each table's CSVs in all the forms are rendered in one pass (each value read once), as one batch.
        let layouts = forms.layouts
        if layouts.count > 1 {
            for table in tables {
                let names = layouts.map { $0.prefix + table.fileName }
                let batch = OutputBatch(names: names) { sinks in
                    primary.csv(table, dataset, issues: issues,
                                into: zip(layouts, sinks).map { CSVTarget(dialect: $0.dialect, sink: $1) })
                }
                for (member, name) in names.enumerated() {
                    for i in files.indices where files[i].name == name { files[i].batch = (batch, member) }
                }
            }
        }
        if published {
            files.append(DataPackageBuilder(forms: forms).file(source: dataset.source))
        }
        return files
    }
}
