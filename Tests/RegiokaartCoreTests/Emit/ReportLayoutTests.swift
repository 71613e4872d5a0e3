import Foundation
import Testing
@testable import RegiokaartCore

/// The report as a steward reads it: the publication's faults on the first screen, no section twice,
/// no long line, and `report.html` self-contained with the same sections and three maps.
@Suite struct ReportLayoutTests {
    static func files(_ dataset: Dataset = RealInput.dataset, published: Bool = true) throws -> [String: String] {
        let renderer = DatasetRenderer(reference: RealInput.reference, geometry: CoverageMapTests.geometry)
        return Dictionary(uniqueKeysWithValues: try renderer.reportFiles(dataset, published: published).map {
            ($0.name, String(decoding: $0.bytes, as: UTF8.self))
        })
    }

    @Test func theFirstFortyLinesNameEveryFaultOfThePublication() throws {
        let md = try #require(try Self.files()["report.md"])
        let head = md.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(separator: "\n")
        // Every coverage gap, under its sector (from the findings, not from a list copied here).
        for gap in RealInput.issues(.coverageGap) {
            let name = ReportContext.municipalityName(gap.rawValue)
            for sector in gap.resultValue!.split(separator: "/") {
                let line = head.split(separator: "\n").first { $0.contains("**\(sector)** (") && $0.contains(name) }
                #expect(line != nil, "\(name) \(sector)")
            }
        }
        #expect(head.contains("Vlieland") && head.contains("Reusel-De Mierden") && head.contains("Zutphen") && head.contains("Ouder-Amstel"))
        // Every overlapping municipality, the identical figures, the tag contradictions.
        for overlap in RealInput.issues(.coverageOverlap) {
            #expect(head.contains(ReportContext.municipalityName(overlap.rawValue)), "\(overlap.rawValue!)")
        }
        #expect(head.contains("rond-bommel-en-dommel (line 2441), onderwijsregio-rijk-van-nijmegen (line 2494)"))
        for mismatch in RealInput.issues(.sectorTagMismatch) { #expect(head.contains("**\(mismatch.regionID!)**")) }
        #expect(head.contains("## Faults in the publication"))
        #expect(head.contains("Status: **published**"))
    }

    @Test func noSectionTwiceNoLongLineAndAboutAHundredAndFiftyLines() throws {
        let md = try #require(try Self.files()["report.md"])
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= MarkdownReportRenderer.maxLine })
        #expect(lines.count <= 170, "\(lines.count) lines")
        let headings = lines.filter { $0.hasPrefix("#") }
        #expect(Set(headings).count == headings.count)
        // Unresolved mentions are decisions, listed once.
        for mention in RealInput.issues(.mentionUnresolved) {
            #expect(md.components(separatedBy: ReportWriter.escapeMarkdown(mention.rawValue!)).count - 1 == 2,
                    "once as the finding, once in the alias row to add: \(mention.rawValue!)")
        }
        #expect(md.contains("## Decisions left to you"))
        #expect(md.contains("`Input/corrections/region-aliases.csv`"))
        #expect(md.contains("![Coverage map, po](maps/po.svg)"))
    }

    @Test func aHostileMessageIsCutToTheLineLimitAndEscaped() throws {
        var dataset = RealInput.dataset
        dataset.report(Issue(.error, .municipalityUnmatched, field: "municipalities", raw: "<img src=x onerror=alert(1)>",
                             at: RegiokaartCore.SourceLocation(file: dataset.source, line: 7),
                             String(repeating: "very long *text* with | pipes ", count: 40) + "\nand a line break"))
        let files = try Self.files(dataset, published: false)
        let md = try #require(files["report.md"])
        #expect(md.split(separator: "\n").allSatisfy { $0.count <= MarkdownReportRenderer.maxLine })
        #expect(md.contains("Status: **NOT published**"))
        #expect(md.contains("`<img src=x onerror=alert(1)>,GM….,why,`"))
        let html = try #require(files["report.html"])
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func theHTMLIsSelfContainedWithThreeMapsAndTheSameSections() throws {
        let files = try Self.files()
        let html = try #require(files["report.html"])
        let md = try #require(files["report.md"])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Content-Security-Policy"))
        for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "href=", "@import", "url(http"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.components(separatedBy: "<path class=\"m").count - 1 == 3 * 342)
        let mdHeadings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { $0.dropFirst(3) }
        for heading in mdHeadings { #expect(html.contains("<h2>\(heading)</h2>"), "\(heading)") }
        #expect(html.contains("<h2>Regions</h2>"))
        for sector in Sector.allCases {
            #expect(files["maps/\(sector.rawValue).svg"]!.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        }
    }
}
