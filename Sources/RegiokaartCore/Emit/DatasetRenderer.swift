import Foundation

/// Renders a finished dataset into its output files. Pure: the same dataset gives the same bytes.
public struct DatasetRenderer: Sendable {
    let reference: ReferenceData
    let dialect: CSVDialect
    /// The municipality shapes for the coverage maps; nil: no maps (`report.html` without them).
    let geometry: MapGeometry?

    init(reference: ReferenceData, dialect: CSVDialect = .rfc4180, geometry: MapGeometry? = nil) {
        self.reference = reference
        self.dialect = dialect
        self.geometry = geometry
    }

    /// The data files (JSON and CSV) of `dataset`, rendered as they are written.
    func dataFiles(_ dataset: Dataset) throws -> [OutputFile] {
        [
            OutputFile(name: "regions.json") { try regionsJSON(dataset, into: $0) },
            OutputFile(name: "regions.csv") { regionsCSV(dataset, into: $0) },
            OutputFile(name: "region_municipalities.csv") { pairsCSV(dataset, into: $0) },
            OutputFile(name: "municipalities.csv") { municipalitiesCSV(dataset, into: $0) },
        ] + (try mentionFiles(dataset))
    }

    /// The report files: `issues.csv`, `issues.json`, `report.md`, `report.html` and, with map shapes,
    /// `maps/po.svg`, `maps/vo.svg`, `maps/mbo.svg`. `issues`: the dataset's findings in
    /// `reportOrder`, when the caller has them already (an archive has over 100 000).
    /// `newFindings`: the findings new since a named previous run, listed first in the report.
    func reportFiles(_ dataset: Dataset, published: Bool, issues: FindingsInReportOrder? = nil,
                     newFindings: [Issue]? = nil) throws -> [OutputFile] {
        let issues = issues ?? Self.reportOrder(dataset)
        // The maps and the report's sections (shared by both renderings) are made on a core of their
        // own while the writers render the other files; the files that need them wait for them.
        let reference = reference, coverage = geometry == nil ? nil : coverage(dataset)
        let report = BackgroundValue { [geometry] () -> (maps: [(Sector, [UInt8])], blocks: [ReportBlock]) in
            let maps = geometry.map {
                CoverageMaps(geometry: $0, municipalities: reference.municipalities, regions: dataset.regions, coverage: coverage!)
            }
            let svgs = maps?.svgs() ?? []
            let writer = ReportWriter(dataset: dataset, issues: issues, published: published, maps: svgs,
                                      newFindings: newFindings)
            return (svgs, writer.blocks())
        }
        // `CoverageMaps.svgs` draws every sector, in `Sector.allCases` order.
        let sectors = geometry == nil ? [] : Sector.allCases
        return [
            OutputFile(name: "issues.csv") { issuesCSV(issues, into: $0) },
            OutputFile(name: "issues.json") { try issuesJSON(issues, into: $0) },
            OutputFile(name: "report.md") { $0.write(MarkdownReportRenderer().render(try report.value().blocks)) },
            OutputFile(name: "report.html") { HTMLReportRenderer().render(try report.value().blocks, title: ReportWriter.title, into: $0) },
        ] + sectors.enumerated().map { k, sector in
            OutputFile(name: "maps/\(sector.rawValue).svg") { CoverageMap.writeStandalone(try report.value().maps[k].1, into: $0) }
        }
    }

    /// Issues by severity (errors first), otherwise in the order the pipeline found them.
    public static func reportOrder(_ issues: [Issue]) -> [Issue] {
        // `Severity.allCases` lists the severities in order: one stable pass per severity, not a sort.
        var ordered: [Issue] = []
        ordered.reserveCapacity(issues.count)
        for severity in Severity.allCases {
            for issue in issues where issue.severity == severity { ordered.append(issue) }
        }
        return ordered
    }

    /// `reportOrder(dataset.issues)`, read from the log where the findings are (no copy of them).
    static func reportOrder(_ dataset: Dataset) -> FindingsInReportOrder {
        FindingsInReportOrder(dataset.log, regionIDs: dataset.regions.map(\.id))
    }

    /// `regions.json`: a `RegionsDocument`, streamed (`RegionsJSONWriter` writes JSONEncoder's bytes).
    func regionsJSON(_ dataset: Dataset, into sink: ByteSink) throws {
        RegionsJSONWriter(sink: sink).writeDocument(dataset)
        sink.write(0x0A)
    }

    /// Which regions cover each municipality: the coverage validation stored on `dataset`, or, for a
    /// dataset that was not validated (a test, a tool), the same computed here.
    func coverage(_ dataset: Dataset) -> Coverage {
        let coverage = dataset.coverage ?? Coverage(regions: dataset.regions, municipalities: reference.municipalities)
        assert(coverage.fits(dataset.regions), "Dataset.coverage is stale: the regions changed after CheckCoverage")
        return coverage
    }

    func regionsCSV(_ dataset: Dataset, into sink: ByteSink) { regionsCSV(dataset, into: [target(sink)]) }

    func regionsCSV(_ dataset: Dataset, into targets: [CSVTarget]) {
        let table = ColumnCatalog.regions
        var csv = table.csv(targets)
        for region in dataset.regions { table.write(region, into: &csv) }
    }

    func pairsCSV(_ dataset: Dataset, into sink: ByteSink) { pairsCSV(dataset, into: [target(sink)]) }

    func pairsCSV(_ dataset: Dataset, into targets: [CSVTarget]) {
        let table = ColumnCatalog.regionMunicipalities
        var csv = table.csv(targets)
        var links = (RenderedParts(), RenderedParts())
        for region in dataset.regions {
            for pair in region.municipalities {
                table.write(RegionMunicipalityRow(regionID: region.id, sourceFile: region.source.file, pair: pair), into: &csv, parts: &links)
            }
        }
    }

    func municipalitiesCSV(_ dataset: Dataset, into sink: ByteSink) { municipalitiesCSV(dataset, into: [target(sink)]) }

    func municipalitiesCSV(_ dataset: Dataset, into targets: [CSVTarget]) {
        let table = ColumnCatalog.municipalities
        var csv = table.csv(targets)
        let coverage = self.coverage(dataset)
        let cells = MunicipalityCoverageCells(coverage: coverage, regions: dataset.regions)
        for m in reference.municipalities {
            table.write(MunicipalityCoverageRow(municipality: m, row: coverage.row(of: m.code), cells: cells), into: &csv)
        }
    }

    func issuesCSV(_ issues: FindingsInReportOrder, into sink: ByteSink) { issuesCSV(issues, into: [target(sink)]) }

    func issuesCSV(_ issues: FindingsInReportOrder, into targets: [CSVTarget]) {
        let table = ColumnCatalog.issues
        var csv = table.csv(targets)
        for i in issues.indices { table.write(issues[i], into: &csv) }
    }

    /// `sink` as the target of a CSV in this renderer's dialect.
    func target(_ sink: ByteSink) -> CSVTarget { CSVTarget(dialect: dialect, sink: sink) }

    /// `issues.json`: an `IssuesDocument` (`IssuesJSONWriter` writes JSONEncoder's bytes).
    func issuesJSON(_ issues: FindingsInReportOrder, into sink: ByteSink) throws {
        IssuesJSONWriter(sink: sink).writeDocument(issues)
        sink.write(0x0A)
    }
}
