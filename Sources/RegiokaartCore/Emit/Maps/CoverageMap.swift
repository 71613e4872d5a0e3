/// One sector's coverage map as SVG: every municipality filled by the region covering it for the
/// sector, gaps in the warning colour (hatched), overlaps striped in the colours of their first two
/// regions with a black outline, province outlines on top, a legend listing the regions, and per
/// municipality a `<title>` tooltip with its name and its regions for every sector.
///
/// Pure and deterministic. Element ids are prefixed with the sector (`po-gap`), so the three maps
/// can stand in one HTML page.
struct CoverageMap {
    let sector: Sector
    let geometry: MapGeometry
    let municipalities: [Municipality]
    let regions: [Region]
    /// Every sector's coverage, indexed like `Sector.allCases`.
    let coverages: [SectorCoverage]
    /// Each municipality's `<title>` element (`CoverageMap.title`), indexed like `municipalities`.
    let titles: [String]

    /// Width of the legend column right of the map.
    static let legendWidth = 350
    static let sectorNames: [Sector: String] = [.po: "primary education (po)", .vo: "secondary education (vo)",
                                                .mbo: "vocational education (mbo)"]

    init(sector: Sector, geometry: MapGeometry, municipalities: [Municipality], regions: [Region],
         coverages: [SectorCoverage], titles: [String]) {
        self.sector = sector
        self.geometry = geometry
        self.municipalities = municipalities
        self.regions = regions
        self.coverages = coverages
        self.titles = titles
    }

    /// The map's counts, for the legend and the report.
    struct Counts: Equatable {
        var drawn = 0, gaps = 0, overlaps = 0, withoutShape = 0
    }

    var coverage: SectorCoverage { coverages[Sector.allCases.firstIndex(of: sector)!] }

    /// The standalone file of a map's `<svg>` element: an XML declaration, then the element.
    static func standalone(_ svg: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n"
    }

    /// The `<svg>` element.
    func svg() -> String {
        let s = sector.rawValue
        let coverage = coverage
        let neighbours = Dictionary(geometry.municipalities.map { ($0.code, $0.neighbours) }, uniquingKeysWith: { a, _ in a })
        let palette = RegionPalette(coverage: coverage, neighbours: neighbours)
        let shapes = Dictionary(geometry.municipalities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var counts = Counts()
        var plain = "", marked = ""
        var stripePairs: [String] = []
        var stripeSeen = Set<String>()
        for (k, m) in municipalities.enumerated() {
            guard let shape = shapes[m.code] else {
                counts.withoutShape += 1
                continue
            }
            counts.drawn += 1
            let covering = coverage.covering(m.code)
            let title = titles[k]
            switch covering.count {
            case 0:
                counts.gaps += 1
                marked += "<path class=\"m gap\" data-code=\"\(m.code)\" fill=\"url(#\(s)-gap)\" stroke=\"#000\" stroke-width=\"1\" d=\"\(shape.path)\">\(title)</path>\n"
            case 1:
                plain += "<path class=\"m\" data-code=\"\(m.code)\" fill=\"\(palette.colour(covering[0]))\" d=\"\(shape.path)\">\(title)</path>\n"
            default:
                counts.overlaps += 1
                let a = palette.colourOf[covering[0]] ?? 0, b = palette.colourOf[covering[1]] ?? 0
                let pair = "\(a)-\(b)"
                if stripeSeen.insert(pair).inserted { stripePairs.append(pair) }
                marked += "<path class=\"m overlap\" data-code=\"\(m.code)\" fill=\"url(#\(s)-ov-\(pair))\" stroke=\"#000\" stroke-width=\"1.6\" d=\"\(shape.path)\">\(title)</path>\n"
            }
        }
        let width = geometry.width + Self.legendWidth
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(geometry.height)\" width=\"\(width)\" height=\"\(geometry.height)\""
        out += " class=\"coverage-map\" data-sector=\"\(s)\" role=\"img\" aria-labelledby=\"\(s)-title\" font-family=\"sans-serif\">\n"
        out += "<title id=\"\(s)-title\">Coverage for \(Self.sectorNames[sector]!): \(counts.gaps) gaps, \(counts.overlaps) overlaps</title>\n"
        out += "<defs>\n"
        out += "<pattern id=\"\(s)-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"6\" height=\"6\" fill=\"\(RegionPalette.gap)\"/><rect width=\"2\" height=\"6\" fill=\"#fff\"/></pattern>\n"
        for pair in stripePairs {
            let parts = pair.split(separator: "-").map { RegionPalette.colours[Int($0)!] }
            out += "<pattern id=\"\(s)-ov-\(pair)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">"
            out += "<rect width=\"6\" height=\"6\" fill=\"\(parts[0])\"/><rect width=\"3\" height=\"6\" fill=\"\(parts[1])\"/></pattern>\n"
        }
        out += "</defs>\n"
        out += "<rect width=\"\(width)\" height=\"\(geometry.height)\" fill=\"#fff\"/>\n"
        out += "<g class=\"municipalities\" stroke=\"#fff\" stroke-width=\"0.5\" stroke-linejoin=\"round\">\n"
        out += plain + marked + "</g>\n"
        out += "<g class=\"provinces\" fill=\"none\" stroke=\"#555\" stroke-width=\"1\" pointer-events=\"none\">\n"
        for p in geometry.provinces { out += "<path d=\"\(p.path)\"/>\n" }
        out += "</g>\n"
        out += legend(counts: counts, palette: palette, overlapPattern: stripePairs.first)
        out += "</svg>"
        return out
    }

    /// Region names per sector in a tooltip; an archive's municipality is covered by thousands.
    static let namesPerTooltip = 6

    /// The `<title>` element of `m`: its tooltip, escaped.
    static func title(_ m: Municipality, coverages: [SectorCoverage], regions: [Region]) -> String {
        "<title>\(MarkupEscape.escape(tooltip(m, coverages: coverages, regions: regions)))</title>"
    }

    /// The municipality's tooltip: its name and code, then its regions per sector.
    static func tooltip(_ m: Municipality, coverages: [SectorCoverage], regions: [Region]) -> String {
        let perSector = zip(Sector.allCases, coverages).map { sector, coverage in
            let covering = coverage.covering(m.code)
            var names = covering.prefix(namesPerTooltip).map { regions[$0].name }
            if covering.count > namesPerTooltip { names.append("and \(covering.count - namesPerTooltip) more") }
            return "\(sector.rawValue): " + (covering.isEmpty ? "none (gap)" : names.joined(separator: "; "))
        }
        return "\(m.name) (\(m.code))\n" + perSector.joined(separator: "\n")
    }

    func legend(counts: Counts, palette: RegionPalette, overlapPattern: String?) -> String {
        let s = sector.rawValue
        let x = geometry.width + 10
        var out = "<g class=\"legend\" font-size=\"13\" transform=\"translate(\(x),24)\">\n"
        out += "<text font-size=\"16\" font-weight=\"bold\">Coverage: \(Self.sectorNames[sector]!)</text>\n"
        var y = 28
        func row(_ fill: String, _ stroke: String, _ label: String) {
            out += "<rect x=\"0\" y=\"\(y - 11)\" width=\"18\" height=\"13\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>"
            out += "<text x=\"26\" y=\"\(y)\">\(MarkupEscape.escape(label))</text>\n"
            y += 19
        }
        row("url(#\(s)-gap)", "#000", "gap: no region (\(counts.gaps))")
        let overlapFill = overlapPattern.map { "url(#\(s)-ov-\($0))" } ?? "#fff"
        row(overlapFill, "#000", "overlap: several regions, outlined (\(counts.overlaps))")
        if counts.withoutShape > 0 { row("#fff", "#999", "not drawn, no shape: \(counts.withoutShape)") }
        out += "<text y=\"\(y + 4)\" font-weight=\"bold\">\(coverage.regions.count) regions (hover a municipality)</text>\n"
        y += 24
        let room = max(0, (geometry.height - y - 8) / 17)
        let listed = coverage.regions.count > room ? max(0, room - 1) : coverage.regions.count
        for index in coverage.regions.prefix(listed) {
            out += "<rect x=\"0\" y=\"\(y - 11)\" width=\"18\" height=\"13\" fill=\"\(palette.colour(index))\" stroke=\"#777\"/>"
            out += "<text x=\"26\" y=\"\(y)\">\(MarkupEscape.escape(Self.clip(regions[index].name, 42)))</text>\n"
            y += 17
        }
        if listed < coverage.regions.count {
            out += "<text x=\"26\" y=\"\(y)\">… and \(coverage.regions.count - listed) more</text>\n"
        }
        out += "</g>\n"
        return out
    }

    /// `text` cut to `limit` characters, with an ellipsis when cut.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
