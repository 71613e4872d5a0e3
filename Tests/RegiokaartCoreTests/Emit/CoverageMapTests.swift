import Foundation
import Testing
@testable import RegiokaartCore

/// The coverage maps: shapes read from the vendored table, one path per municipality, the known
/// gaps in the gap fill, overlaps striped, text escaped, bytes the same on every run.
@Suite struct CoverageMapTests {
    static let geometry: MapGeometry = try! #require(try MapGeometry.load(directory: RealInput.path(BuildConfiguration.defaultReference)))

    static func svgs(_ dataset: Dataset = RealInput.dataset) -> [Sector: String] {
        let municipalities = RealInput.reference.municipalities
        let coverage = dataset.coverage ?? Coverage(regions: dataset.regions, municipalities: municipalities)
        return Dictionary(uniqueKeysWithValues: CoverageMaps(geometry: geometry, municipalities: municipalities,
                                                             regions: dataset.regions, coverage: coverage).svgs()
            .map { ($0.0, String(decoding: $0.1, as: UTF8.self)) })
    }

    /// The `<path …>` element of municipality `code` in `svg`.
    static func path(_ code: String, in svg: String) -> String? {
        guard let at = svg.range(of: "data-code=\"\(code)\"") else { return nil }
        let start = svg[..<at.lowerBound].range(of: "<path", options: .backwards)!.lowerBound
        let end = svg[at.upperBound...].range(of: "</path>")!.upperBound
        return String(svg[start..<end])
    }

    @Test func theTableHasEveryReferenceMunicipalityAndTheTwelveProvinces() {
        #expect(Set(Self.geometry.municipalities.map(\.code)) == Set(RealInput.reference.municipalities.map(\.code)))
        #expect(Self.geometry.provinces.count == 12)
        #expect(Self.geometry.width > 0 && Self.geometry.height > Self.geometry.width)
        // Neighbours are symmetric, and an island (Vlieland) has none.
        let byCode = Dictionary(uniqueKeysWithValues: Self.geometry.municipalities.map { ($0.code, $0.neighbours) })
        #expect(byCode["GM0096"] == [])
        for (code, neighbours) in byCode { for n in neighbours { #expect(byCode[n]?.contains(code) == true, "\(code)–\(n)") } }
    }

    @Test func everyMapDraws342MunicipalitiesWithTheKnownGapsInTheGapFill() throws {
        let svgs = Self.svgs()
        #expect(svgs.count == 3)
        let known: [Sector: Set<String>] = [.po: ["GM0096", "GM1667"], .vo: ["GM0301", "GM0437"], .mbo: ["GM0437"]]
        for (sector, svg) in svgs {
            #expect(svg.components(separatedBy: "<path class=\"m").count - 1 == 342, "\(sector)")
            #expect(svg.components(separatedBy: "<title>").count - 1 == 342, "\(sector)")
            for code in known[sector]! {
                let element = try #require(Self.path(code, in: svg))
                #expect(element.contains("class=\"m gap\"") && element.contains("fill=\"url(#\(sector.rawValue)-gap)\""), "\(sector) \(code)")
            }
            // The gap fill is the warning colour, defined once per map.
            #expect(svg.contains("<pattern id=\"\(sector.rawValue)-gap\""))
            #expect(svg.contains(RegionPalette.gap))
        }
        // Every gap drawn is a coverage.gap finding for that sector, and the other way round.
        for sector in Sector.allCases {
            let drawn = Set(RealInput.reference.municipalities.map(\.code).filter {
                Self.path($0, in: svgs[sector]!)!.contains("class=\"m gap\"")
            })
            let found = Set(RealInput.issues(.coverageGap).filter { ($0.resultValue ?? "").split(separator: "/").contains { $0 == sector.rawValue } }
                .compactMap { $0.rawValue?.split(separator: "(").last?.dropLast() }.map(String.init))
            #expect(drawn == found, "\(sector)")
        }
        // Amsterdam is covered for po by one region: a plain fill from the palette.
        let amsterdam = try #require(Self.path("GM0363", in: svgs[.po]!))
        #expect(amsterdam.hasPrefix("<path class=\"m\" "))
        #expect(RegionPalette.colours.contains { amsterdam.contains("fill=\"\($0)\"") })
    }

    @Test func zaltbommelIsAnOverlapForPoWithItsThreeRegionsInTheTooltip() throws {
        let po = Self.svgs()[.po]!
        let element = try #require(Self.path("GM0297", in: po))
        #expect(element.contains("class=\"m overlap\""))
        #expect(element.contains("fill=\"url(#po-ov-"))
        let ids = try #require(RealInput.issues(.coverageOverlap).first { $0.rawValue == "Zaltbommel (GM0297)" && $0.field == "coverage.po" })
            .resultValue!.split(separator: "|")
        #expect(ids.count == 3)
        let names = RealInput.dataset.regions.filter { ids.contains(Substring($0.id)) }.map(\.name)
        for name in names { #expect(element.contains(MarkupEscape.escape(name))) }
        #expect(element.contains("<title>Zaltbommel (GM0297)\npo: "))
    }

    /// Every tooltip is its text escaped whole: name and code, then per sector at most six region
    /// names and how many more. Names with markup ('s-Hertogenbosch) and an archive's long lists too.
    @Test(arguments: [1, 20]) func titlesAreTheirTooltipEscapedWhole(copies: Int) throws {
        var dataset = RealInput.dataset
        let base = dataset.regions
        dataset.regions = (0..<copies).flatMap { copy in base.map { r in var r = r; r.id += "-\(copy)"; return r } }
        dataset.regions[0].name = "A & <B>"
        let municipalities = RealInput.reference.municipalities
        let coverage = Coverage(regions: dataset.regions, municipalities: municipalities)
        let coverages = Sector.allCases.map { SectorCoverage(sector: $0, regions: dataset.regions, coverage: coverage) }
        let layout = MapLayout(geometry: Self.geometry, municipalities: municipalities, coverage: coverage)
        let titles = CoverageMap.Titles(municipalities: municipalities, rows: layout.rowOf, coverages: coverages, regions: dataset.regions)
        #expect(municipalities.contains { $0.name.hasPrefix("'s-") })
        for (k, m) in municipalities.enumerated() {
            let perSector = zip(Sector.allCases, coverages).map { sector, coverage in
                let covering = coverage.covering(m.code)
                var names = covering.prefix(6).map { dataset.regions[$0].name }
                if covering.count > 6 { names.append("and \(covering.count - 6) more") }
                return "\(sector.rawValue): " + (covering.isEmpty ? "none (gap)" : names.joined(separator: "; "))
            }
            let tooltip = "\(m.name) (\(m.code))\n" + perSector.joined(separator: "\n")
            let sink = ByteSink()
            titles.write(k, into: sink)
            #expect(sink.text == "<title>\(MarkupEscape.escape(tooltip))</title>", "\(m.code)")
        }
    }

    @Test func neighbouringRegionsGetDifferentColours() {
        let coverage = SectorCoverage(sector: .po, regions: RealInput.dataset.regions, coverage: RealInput.dataset.coverage!)
        let neighbours = Dictionary(uniqueKeysWithValues: Self.geometry.municipalities.map { ($0.code, $0.neighbours) })
        let palette = RegionPalette(coverage: coverage, layout: MapLayout(geometry: Self.geometry, municipalities: RealInput.reference.municipalities,
                                                                          coverage: RealInput.dataset.coverage!))
        var clashes = 0
        for code in coverage.codes {
            let covering = coverage.covering(code)
            guard covering.count == 1 else { continue }
            for n in neighbours[code] ?? [] {
                let other = coverage.covering(n)
                if other.count == 1, other[0] != covering[0], palette.colourIndex(other[0]) == palette.colourIndex(covering[0]) { clashes += 1 }
            }
        }
        #expect(clashes == 0)
        #expect(Set(coverage.regions.compactMap { palette.colourIndex($0) }).count >= 4)
    }

    @Test func mapsAreDeterministicAndEscapeNames() {
        #expect(Self.svgs() == Self.svgs())
        var dataset = RealInput.dataset
        let index = dataset.regions.firstIndex { $0.sectors.contains(.po) && $0.scope == .municipalities }!
        dataset.regions[index].name = "<script>alert('x')</script> & \"Co\""
        let po = Self.svgs(dataset)[.po]!
        #expect(!po.contains("<script"))
        #expect(po.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"))
    }

    @Test func aTableWithMarkupInAPathIsRejected() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("maps-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(MapGeometry.fileName)
        try "kind,code,name,neighbours,path\nframe,,,,0 0 10 10\ngemeente,GM0001,A,,\"M0 0l1 1z\"\"/><script>\"\n"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try MapGeometry.load(directory: dir.path) }
        try "kind,code,name,neighbours,path\ngemeente,GM0001,A,,M0 0l1 1z\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try MapGeometry.load(directory: dir.path) }
        #expect(try MapGeometry.load(directory: dir.appendingPathComponent("none").path) == nil)
    }

    /// An archive: every region twenty times under distinct ids. Tooltips stay short, colours go round.
    @Test func anArchiveKeepsTooltipsShortAndColoursGoRound() throws {
        var dataset = RealInput.dataset
        let base = dataset.regions
        dataset.regions = (0..<20).flatMap { copy in base.map { r in var r = r; r.id += "-\(copy)"; return r } }
        dataset.coverage = nil  // the regions changed
        let archive = Coverage(regions: dataset.regions, municipalities: RealInput.reference.municipalities)
        let coverage = SectorCoverage(sector: .po, regions: dataset.regions, coverage: archive)
        #expect(coverage.regions.count > RegionPalette.regionsColouredByNeighbours)
        let palette = RegionPalette(coverage: coverage, layout: MapLayout(geometry: Self.geometry, municipalities: RealInput.reference.municipalities,
                                                                          coverage: archive))
        #expect(coverage.regions.enumerated().allSatisfy { palette.colourIndex($1) == $0 % RegionPalette.colours.count })
        let po = try #require(Self.svgs(dataset)[.po])
        let amsterdam = try #require(Self.path("GM0363", in: po))
        #expect(amsterdam.contains("po: Amsterdamse Onderwijsregio; Amsterdamse Onderwijsregio;"))
        #expect(amsterdam.contains("and 14 more"))
        #expect(po.components(separatedBy: "<path class=\"m").count - 1 == 342)
    }
}
