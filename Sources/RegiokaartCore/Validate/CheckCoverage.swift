/// Checks the publication's claim that the regions are "landelijk dekkend": reports, per municipality,
/// the sectors for which no region covers it. National regions do not count as coverage.
public struct CheckCoverage: Step {
    public init() {}

    public func apply(to dataset: inout Dataset, context: StepContext) {
        let coverage = Coverage(dataset.regions)
        for m in context.reference.municipalities {
            let missing = Sector.allCases.filter { coverage.regions(covering: m.code, sector: $0).isEmpty }
            guard !missing.isEmpty else { continue }
            let list = missing.map(\.rawValue).joined(separator: "/")
            dataset.report(Issue(.warning, .coverageGap, field: "coverage", raw: "\(m.name) (\(m.code))", result: list,
                                 at: SourceLocation(file: dataset.source, line: 0),
                                 "No region covers \(m.name) (\(m.provinceName)) for \(list)."))
        }
    }
}

/// Which regions cover each municipality, per sector.
public struct Coverage: Sendable {
    /// Region ids by municipality code, one list per sector (indexed like `Sector.allCases`).
    let byCode: [String: [[String]]]

    /// Indexes `regions` (their ids, sectors and municipalities).
    public init(_ regions: [Region]) {
        var byCode: [String: [[String]]] = [:]
        for region in regions where region.scope != .national {
            for sector in region.sectors {
                let slot = Self.slot(sector)
                for m in region.municipalities {
                    byCode[m.municipality.code, default: Array(repeating: [], count: Sector.allCases.count)][slot].append(region.id)
                }
            }
        }
        self.byCode = byCode
    }

    /// The ids of the regions covering municipality `code` for `sector`, in publication order.
    public func regions(covering code: String, sector: Sector) -> [String] {
        byCode[code]?[Self.slot(sector)] ?? []
    }

    static func slot(_ sector: Sector) -> Int {
        switch sector {
        case .po: 0
        case .vo: 1
        case .mbo: 2
        }
    }
}
