import Foundation
import Synchronization

/// The three coverage maps (po, vo, mbo) of one dataset, sharing one coverage index per sector.
struct CoverageMaps {
    let geometry: MapGeometry
    let municipalities: [Municipality]
    let regions: [Region]
    /// Which regions cover each municipality (`Dataset.coverage`).
    let coverage: Coverage

    /// Each sector's `<svg>` element, in `Sector.allCases` order.
    func svgs() -> [(Sector, String)] {
        let coverages = Sector.allCases.map { SectorCoverage(sector: $0, regions: regions, coverage: coverage) }
        // A tooltip lists every sector, so the three maps share them: escaped once, not once per map.
        let titles = municipalities.map { CoverageMap.title($0, coverages: coverages, regions: regions) }
        // The maps are independent: drawn on both cores, collected in sector order.
        let sectors = Sector.allCases
        let drawn = Mutex([String](repeating: "", count: sectors.count))
        DispatchQueue.concurrentPerform(iterations: sectors.count) { k in
            let svg = CoverageMap(sector: sectors[k], geometry: geometry, municipalities: municipalities, regions: regions,
                                  coverages: coverages, titles: titles).svg()
            drawn.withLock { $0[k] = svg }
        }
        let svgs = drawn.withLock { $0 }
        return sectors.indices.map { (sectors[$0], svgs[$0]) }
    }
}
