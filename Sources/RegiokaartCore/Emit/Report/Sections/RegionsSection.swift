/// "Regions": one row per region with its sectors, scope, municipality count, pupils ("—" when not
/// read) and card line.
struct RegionsSection: ReportSection {
    /// Rows listed; an archive's further regions are in `regions.csv`.
    static let rowsListed = 200

    func blocks(_ c: ReportContext) -> [ReportBlock] {
        let regions = c.dataset.regions
        var rows = regions.prefix(Self.rowsListed).map { r in
            [r.id, CoverageMap.clip(r.name, 70), r.sectors.map(\.rawValue).joined(separator: "/"), r.scope.rawValue,
             String(r.municipalities.count), r.figures.students.map(String.init) ?? "—", String(r.source.line)]
        }
        guard !rows.isEmpty else { return [] }
        if regions.count > Self.rowsListed {
            rows.append(["…", "and \(regions.count - Self.rowsListed) more: see regions.csv", "", "", "", "", ""])
        }
        return [.heading("Regions", level: 2),
                .table(header: ["id", "name", "sectors", "scope", "municipalities", "students", "line"], rows: rows)]
    }
}
