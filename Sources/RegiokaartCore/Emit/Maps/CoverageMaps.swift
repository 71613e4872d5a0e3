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
    func svgs() -> [(Sector, [UInt8])] {
        let coverages = Sector.allCases.map { SectorCoverage(sector: $0, regions: regions, coverage: coverage) }
        // The shapes and neighbours matched to the municipalities once, not once per map.
        let layout = MapLayout(geometry: geometry, municipalities: municipalities, coverage: coverage)
        // A tooltip lists every sector, so the three maps share them: escaped once, not once per map.
        let titles = CoverageMap.Titles(municipalities: municipalities, rows: layout.rowOf, coverages: coverages, regions: regions)
        // The maps are independent: drawn on both cores, collected in sector order.
        let sectors = Sector.allCases
        let drawn = Mutex([[UInt8]](repeating: [], count: sectors.count))
        DispatchQueue.concurrentPerform(iterations: sectors.count) { k in
            let svg = CoverageMap(sector: sectors[k], geometry: geometry, municipalities: municipalities, regions: regions,
                                  coverages: coverages, titles: titles, layout: layout).svg()
            drawn.withLock { $0[k] = svg }
        }
        let svgs = drawn.withLock { $0 }
        return sectors.indices.map { (sectors[$0], svgs[$0]) }
    }
}
