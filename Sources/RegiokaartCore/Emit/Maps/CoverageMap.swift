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
    /// Each municipality's `<title>` element (`CoverageMap.Titles`), indexed like `municipalities`.
    let titles: Titles
    /// The shapes and coverage rows of `municipalities`.
    let layout: MapLayout

    /// Width of the legend column right of the map.
    static let legendWidth = 350
    static let sectorNames: [Sector: String] = [.po: "primary education (po)", .vo: "secondary education (vo)",
                                                .mbo: "vocational education (mbo)"]

    init(sector: Sector, geometry: MapGeometry, municipalities: [Municipality], regions: [Region],
         coverages: [SectorCoverage], titles: Titles, layout: MapLayout) {
        self.sector = sector
        self.geometry = geometry
        self.municipalities = municipalities
        self.regions = regions
        self.coverages = coverages
        self.titles = titles
        self.layout = layout
    }

    /// The map's counts, for the legend and the report.
    struct Counts: Equatable {
        var drawn = 0, gaps = 0, overlaps = 0, withoutShape = 0
    }

    var coverage: SectorCoverage { coverages[Sector.allCases.firstIndex(of: sector)!] }

    /// The XML declaration that starts a map's standalone file.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// Writes the standalone file of a map's `<svg>` element: an XML declaration, then the element.
    static func writeStandalone(_ svg: [UInt8], into sink: ByteSink) {
        sink.write(declaration)
        sink.write(svg)
        sink.write(0x0A)
    }

    /// How a municipality is drawn.
    private enum Fill {
        case none, region(Int), gap, overlap(Int)
    }

    /// The `<svg>` element's UTF-8 bytes (bytes, not a `String`: it goes into files as it is, and
    /// making a `String` of it validated every byte).
    func svg() -> [UInt8] {
        let coverage = coverage
        let palette = RegionPalette(coverage: coverage, layout: layout)
        var counts = Counts()
        // Stripe patterns by colour pair (`a * colours + b`), in the order first drawn.
        let colourCount = RegionPalette.colours.count
        var stripePairs: [Int] = []
        var stripeSeen = Array(repeating: false, count: colourCount * colourCount)
        var fills = Array(repeating: Fill.none, count: municipalities.count)
        for k in municipalities.indices {
            guard layout.shapeOf[k] != nil else {
                counts.withoutShape += 1
                continue
            }
            counts.drawn += 1
            var covering: [Int] = []
            if let row = layout.rowOf[k] { covering = coverage.covering(row: row) }
            switch covering.count {
            case 0:
                counts.gaps += 1
                fills[k] = .gap
            case 1:
                fills[k] = .region(covering[0])
            default:
                counts.overlaps += 1
                let pair = (palette.colourIndex(covering[0]) ?? 0) * colourCount + (palette.colourIndex(covering[1]) ?? 0)
                if !stripeSeen[pair] {
                    stripeSeen[pair] = true
                    stripePairs.append(pair)
                }
                fills[k] = .overlap(pair)
            }
        }
        // Bytes, not `String` appends: the three maps are a third of a megabyte, built piece by piece.
        let out = ByteSink()
        let s = sector.rawValue
        let width = geometry.width + Self.legendWidth
        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        out.write(decimal: width); out.write(" "); out.write(decimal: geometry.height)
        out.write("\" width=\""); out.write(decimal: width)
        out.write("\" height=\""); out.write(decimal: geometry.height); out.write("\"")
        out.write(" class=\"coverage-map\" data-sector=\""); out.write(s)
        out.write("\" role=\"img\" aria-labelledby=\""); out.write(s); out.write("-title\" font-family=\"sans-serif\">\n")
        out.write("<title id=\""); out.write(s); out.write("-title\">Coverage for "); out.write(Self.sectorNames[sector]!)
        out.write(": "); out.write(decimal: counts.gaps); out.write(" gaps, "); out.write(decimal: counts.overlaps)
        out.write(" overlaps</title>\n<defs>\n<pattern id=\""); out.write(s)
        out.write("-gap\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        out.write("<rect width=\"6\" height=\"6\" fill=\""); out.write(RegionPalette.gap)
        out.write("\"/><rect width=\"2\" height=\"6\" fill=\"#fff\"/></pattern>\n")
        for pair in stripePairs {
            out.write("<pattern id=\""); writeStripeID(pair, into: out)
            out.write("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">")
            out.write("<rect width=\"6\" height=\"6\" fill=\""); out.write(RegionPalette.colours[pair / colourCount])
            out.write("\"/><rect width=\"3\" height=\"6\" fill=\""); out.write(RegionPalette.colours[pair % colourCount])
            out.write("\"/></pattern>\n")
        }
        out.write("</defs>\n<rect width=\""); out.write(decimal: width); out.write("\" height=\""); out.write(decimal: geometry.height)
        out.write("\" fill=\"#fff\"/>\n")
        out.write("<g class=\"municipalities\" stroke=\"#fff\" stroke-width=\"0.5\" stroke-linejoin=\"round\">\n")
        // Plainly filled municipalities first, the outlined ones (gaps, overlaps) on top of them.
        for k in municipalities.indices {
            guard case .region(let region) = fills[k] else { continue }
            out.write("<path class=\"m\" data-code=\""); out.write(municipalities[k].code)
            out.write("\" fill=\""); out.write(palette.colour(region))
            writePathAndTitle(k, into: out)
        }
        for k in municipalities.indices {
            switch fills[k] {
            case .gap:
                out.write("<path class=\"m gap\" data-code=\""); out.write(municipalities[k].code)
                out.write("\" fill=\"url(#"); out.write(s); out.write("-gap)\" stroke=\"#000\" stroke-width=\"1")
            case .overlap(let pair):
                out.write("<path class=\"m overlap\" data-code=\""); out.write(municipalities[k].code)
                out.write("\" fill=\"url(#"); writeStripeID(pair, into: out); out.write(")\" stroke=\"#000\" stroke-width=\"1.6")
            case .none, .region:
                continue
            }
            writePathAndTitle(k, into: out)
        }
        out.write("</g>\n")
        out.write("<g class=\"provinces\" fill=\"none\" stroke=\"#555\" stroke-width=\"1\" pointer-events=\"none\">\n")
        for p in geometry.provinces {
            out.write("<path d=\""); out.write(p.path); out.write("\"/>\n")
        }
        out.write("</g>\n")
        writeLegend(counts: counts, palette: palette, overlapPattern: stripePairs.first, into: out)
        out.write("</svg>")
        return out.bytes
    }

    /// The id of the stripe pattern of colour pair `pair` (`s-ov-a-b`).
    private func writeStripeID(_ pair: Int, into out: ByteSink) {
        let colourCount = RegionPalette.colours.count
        out.write(sector.rawValue); out.write("-ov-")
        out.write(decimal: pair / colourCount); out.write(0x2D); out.write(decimal: pair % colourCount)
    }

    /// The end of municipality `k`'s `<path>`: its path data and its `<title>`.
    private func writePathAndTitle(_ k: Int, into out: ByteSink) {
        out.write("\" d=\""); out.write(geometry.municipalities[layout.shapeOf[k]!].path); out.write("\">")
        titles.write(k, into: out)
        out.write("</path>\n")
    }

    /// Region names per sector in a tooltip; an archive's municipality is covered by thousands.
    static let namesPerTooltip = 6

    /// The `<title>` elements of the municipalities, one after the other in one buffer: every map
    /// draws every municipality with the same tooltip, so they are written once for the three maps.
    struct Titles {
        private let bytes: [UInt8]
        /// Where each municipality's element ends in `bytes` (it starts where the one before ends).
        private let ends: [Int]

        /// The elements of `municipalities` (at coverage rows `rows`).
        init(municipalities: [Municipality], rows: [Int?], coverages: [SectorCoverage], regions: [Region]) {
            let sink = ByteSink()
            var ends: [Int] = []
            ends.reserveCapacity(municipalities.count)
            // Escaped once per region: a region names many municipalities' tooltips.
            var escapedNames = [String?](repeating: nil, count: regions.count)
            for (k, m) in municipalities.enumerated() {
                CoverageMap.writeTitle(m, row: rows[k], coverages: coverages, into: sink) { index in
                    if let name = escapedNames[index] { return name }
                    let name = MarkupEscape.escape(regions[index].name)
                    escapedNames[index] = name
                    return name
                }
                ends.append(sink.count)
            }
            self.bytes = sink.bytes
            self.ends = ends
        }

        /// Appends municipality `k`'s element to `sink`.
        func write(_ k: Int, into sink: ByteSink) {
            let start = k == 0 ? 0 : ends[k - 1]
            bytes.withUnsafeBufferPointer { sink.write(UnsafeBufferPointer(rebasing: $0[start..<ends[k]])) }
        }
    }

    /// Writes the `<title>` element of `m` (at coverage row `row`): its tooltip, escaped, which is its
    /// name and code, then its regions per sector (`name(index)`: region `index`'s name, escaped).
    static func writeTitle(_ m: Municipality, row: Int?, coverages: [SectorCoverage], into out: ByteSink,
                           name: (Int) -> String) {
        // The tooltip is escaped piece by piece: escaping maps byte by byte, and the fixed words hold no markup.
        out.write("<title>")
        MarkupEscape.write(m.name, into: out); out.write(" ("); MarkupEscape.write(m.code, into: out); out.write(")")
        // By index, not `zip`: the zip copied each sector's coverage out, a third of the titles' cost.
        for s in coverages.indices {
            var covering: [Int] = []
            if let row { covering = coverages[s].covering(row: row) }
            out.write(0x0A); out.write(coverages[s].sector.rawValue); out.write(": ")
            if covering.isEmpty { out.write("none (gap)") }
            for (k, index) in covering.prefix(namesPerTooltip).enumerated() {
                if k > 0 { out.write("; ") }
                out.write(name(index))
            }
            if covering.count > namesPerTooltip {
                out.write("; and "); out.write(decimal: covering.count - namesPerTooltip); out.write(" more")
            }
        }
        out.write("</title>")
    }

    /// Writes the legend: the gap and overlap fills with their counts, then the regions and their colours.
    func writeLegend(counts: Counts, palette: RegionPalette, overlapPattern: Int?, into out: ByteSink) {
        let s = sector.rawValue
        out.write("<g class=\"legend\" font-size=\"13\" transform=\"translate(")
        out.write(decimal: geometry.width + 10); out.write(",24)\">\n")
        out.write("<text font-size=\"16\" font-weight=\"bold\">Coverage: "); out.write(Self.sectorNames[sector]!); out.write("</text>\n")
        var y = 28
        func row(_ fill: () -> Void, _ stroke: String, _ label: () -> Void) {
            out.write("<rect x=\"0\" y=\""); out.write(decimal: y - 11); out.write("\" width=\"18\" height=\"13\" fill=\"")
            fill()
            out.write("\" stroke=\""); out.write(stroke); out.write("\"/>")
            out.write("<text x=\"26\" y=\""); out.write(decimal: y); out.write("\">")
            label()
            out.write("</text>\n")
            y += 19
        }
        row({ out.write("url(#"); out.write(s); out.write("-gap)") }, "#000", {
            out.write("gap: no region ("); out.write(decimal: counts.gaps); out.write(")")
        })
        row({
            if let overlapPattern {
                out.write("url(#"); writeStripeID(overlapPattern, into: out); out.write(")")
            } else {
                out.write("#fff")
            }
        }, "#000", { out.write("overlap: several regions, outlined ("); out.write(decimal: counts.overlaps); out.write(")") })
        if counts.withoutShape > 0 {
            row({ out.write("#fff") }, "#999", { out.write("not drawn, no shape: "); out.write(decimal: counts.withoutShape) })
        }
        out.write("<text y=\""); out.write(decimal: y + 4); out.write("\" font-weight=\"bold\">")
        out.write(decimal: coverage.regions.count); out.write(" regions (hover a municipality)</text>\n")
        y += 24
        let room = max(0, (geometry.height - y - 8) / 17)
        let listed = coverage.regions.count > room ? max(0, room - 1) : coverage.regions.count
        for index in coverage.regions.prefix(listed) {
            out.write("<rect x=\"0\" y=\""); out.write(decimal: y - 11); out.write("\" width=\"18\" height=\"13\" fill=\"")
            out.write(palette.colour(index)); out.write("\" stroke=\"#777\"/>")
            out.write("<text x=\"26\" y=\""); out.write(decimal: y); out.write("\">")
            MarkupEscape.write(Self.clip(regions[index].name, 42), into: out); out.write("</text>\n")
            y += 17
        }
        if listed < coverage.regions.count {
            out.write("<text x=\"26\" y=\""); out.write(decimal: y); out.write("\">… and ")
            out.write(decimal: coverage.regions.count - listed); out.write(" more</text>\n")
        }
        out.write("</g>\n")
    }

    /// `text` cut to `limit` characters, with an ellipsis when cut.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
