import Foundation

/// Renders a finished dataset into its output files. Pure: the same dataset gives the same bytes.
public struct DatasetRenderer: Sendable {
    public let reference: ReferenceData
    public let dialect: CSVDialect
    /// The municipality shapes for the coverage maps; nil: no maps (`report.html` without them).
    public let geometry: MapGeometry?

    public init(reference: ReferenceData, dialect: CSVDialect = .rfc4180, geometry: MapGeometry? = nil) {
        self.reference = reference
        self.dialect = dialect
        self.geometry = geometry
    }

    /// Column names of each CSV, in order: the single source for the writers and the README.
    public static let regionColumns = ["id", "name", "name_as_published", "sector_tag", "sectors", "scope"]
        + FigureKind.allCases.map(\.rawValue)  // students, school_boards_po, school_boards_vo, mbo_institutions, teacher_training_institutions
        + ["municipality_count", "unresolved_count", "source_file", "source_line"]
    public static let pairColumns = ["region_id", "municipality_code", "municipality_name", "province_code", "province_name",
                                     "match", "name_as_published", "via_province", "source_file", "source_line"]
    public static let municipalityColumns = ["code", "name", "province_code", "province_name",
                                             "regions_po", "regions_vo", "regions_mbo", "region_count",
                                             "region_names_po", "region_names_vo", "region_names_mbo", "overlap_sectors"]
    public static let issueColumns = ["severity", "code", "region_id", "field", "raw_value", "result_value",
                                      "source_file", "source_line", "message", "acknowledged", "acknowledged_note"]

    /// The data files (JSON and CSV) of `dataset`, rendered as they are written.
    public func dataFiles(_ dataset: Dataset) throws -> [OutputFile] {
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
    public func reportFiles(_ dataset: Dataset, published: Bool, issues: [Issue]? = nil,
                            newFindings: [Issue]? = nil) throws -> [OutputFile] {
        let issues = issues ?? Self.reportOrder(dataset.issues)
        let maps = geometry.map { CoverageMaps(geometry: $0, municipalities: reference.municipalities, regions: dataset.regions) }
        let svgs = maps?.svgs() ?? []
        let writer = ReportWriter(dataset: dataset, issues: issues, published: published, maps: svgs,
                                  newFindings: newFindings)
        return [
            OutputFile(name: "issues.csv") { issuesCSV(issues, into: $0) },
            OutputFile(name: "issues.json") { try issuesJSON(issues, into: $0) },
            OutputFile(name: "report.md") { $0.write(writer.markdown()) },
            OutputFile(name: "report.html") { $0.write(writer.html()) },
        ] + svgs.map { sector, svg in
            OutputFile(name: "maps/\(sector.rawValue).svg") { $0.write(CoverageMap.standalone(svg)) }
        }
    }

    /// Issues by severity (errors first), otherwise in the order the pipeline found them.
    public static func reportOrder(_ issues: [Issue]) -> [Issue] {
        // `Severity.allCases` lists the severities in order: one stable pass per severity, not a sort.
        Severity.allCases.flatMap { severity in issues.filter { $0.severity == severity } }
    }

    /// `regions.json`: a `RegionsDocument`, streamed (`RegionsJSONWriter` writes JSONEncoder's bytes).
    func regionsJSON(_ dataset: Dataset, into sink: ByteSink) throws {
        RegionsJSONWriter(sink: sink).writeDocument(dataset)
        sink.write(0x0A)
    }

    func regionsCSV(_ dataset: Dataset, into sink: ByteSink) {
        var csv = CSVWriter(dialect: dialect, header: Self.regionColumns, into: sink)
        for r in dataset.regions {
            // The five figures in `FigureKind` order, as the columns; an unread figure is an empty cell.
            let f = FigureKind.allCases.map { r.figures[$0].map(String.init) ?? "" }
            csv.write([r.id, r.name, r.nameAsPublished, r.sectorTag ?? "", r.sectors.map(\.rawValue).joined(separator: "|"),
                       r.scope.rawValue] + f + [String(r.municipalities.count),
                       String(r.unresolvedNames.count), r.source.file, String(r.source.line)])
        }
    }

    func pairsCSV(_ dataset: Dataset, into sink: ByteSink) {
        var csv = CSVWriter(dialect: dialect, header: Self.pairColumns, into: sink)
        // Field by field: one row per pair, hundreds of thousands in an archive.
        for r in dataset.regions {
            for m in r.municipalities {
                csv.field(r.id)
                csv.field(m.municipality.code)
                csv.field(m.municipality.name)
                csv.field(m.municipality.provinceCode)
                csv.field(m.municipality.provinceName)
                csv.field(m.match.rawValue)
                csv.field(m.nameAsPublished ?? "")
                csv.field(m.viaProvince ?? "")
                csv.field(m.source.file)
                csv.field(m.source.line)
                csv.endRecord()
            }
        }
    }

    func municipalitiesCSV(_ dataset: Dataset, into sink: ByteSink) {
        var csv = CSVWriter(dialect: dialect, header: Self.municipalityColumns, into: sink)
        MunicipalitiesTableWriter(municipalities: reference.municipalities, regions: dataset.regions).write(into: &csv)
    }

    func issuesCSV(_ issues: [Issue], into sink: ByteSink) {
        var csv = CSVWriter(dialect: dialect, header: Self.issueColumns, into: sink)
        for i in issues {  // field by field: an archive has hundreds of thousands of findings
            csv.field(i.severity.rawValue)
            csv.field(i.code)
            csv.field(i.regionID ?? "")
            csv.field(i.field ?? "")
            csv.field(i.rawValue ?? "")
            csv.field(i.resultValue ?? "")
            csv.field(i.location?.file ?? "")
            if let line = i.location?.line, line > 0 { csv.field(line) } else { csv.field("") }
            csv.field(i.message)
            csv.field(i.isAcknowledged ? "yes" : "")
            csv.field(i.acknowledgement ?? "")
            csv.endRecord()
        }
    }

    /// `issues.json`: an `IssuesDocument` (`IssuesJSONWriter` writes JSONEncoder's bytes).
    func issuesJSON(_ issues: [Issue], into sink: ByteSink) throws {
        IssuesJSONWriter(sink: sink).writeDocument(issues)
        sink.write(0x0A)
    }
}
