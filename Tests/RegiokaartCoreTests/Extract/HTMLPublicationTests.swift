import Foundation
import Testing
@testable import RegiokaartCore

/// The whole pipeline on HTML renderings of the seed publication (made by
/// `scripts/make-html-fixtures.py`): each must yield exactly the dataset of the text path.
@Suite struct HTMLPublicationTests {
    /// The fixture pages, with the encoding their bytes are in.
    static let pages: [(file: String, encoding: String.Encoding)] = [
        ("publication-semantic.html", .utf8),
        ("publication-divsoup.html", .windowsCP1252),
        ("publication-widgets.html", .utf8),
        ("publication-table.html", .utf8),
        ("publication-deflist.html", .utf8),
        ("publication-nested.html", .utf8),
    ]

    static func path(_ file: String) -> String { Fixture.htmlPage(file) }

    /// The page read as the build reads it: by path, format sniffed from the content.
    static func document(_ file: String) throws -> SourceDocument {
        try DocumentReader.read(path: path(file), displayName: file)
    }

    /// `regions.json` as the build renders it, decoded.
    static func regionsJSON(_ dataset: Dataset) throws -> RegionsDocument {
        let files = try DatasetRenderer(reference: Fixture.reference).dataFiles(dataset)
        let json = try #require(files.first { $0.name == "regions.json" })
        return try JSONDecoder().decode(RegionsDocument.self, from: Data(json.bytes))
    }

    /// A record with every source position (file and line) blanked.
    static func withoutPositions(_ record: RegionRecord) -> RegionRecord {
        let none = RegionRecord.Source(file: "", line: 0)
        var r = record
        r.source = none
        r.municipalities = r.municipalities.map { var m = $0; m.source = none; return m }
        r.provinces = r.provinces.map { var p = $0; p.source = none; return p }
        r.unresolved = r.unresolved.map { var u = $0; u.source = none; return u }
        r.stories = r.stories.map { var s = $0; s.source = none; return s }
        return r
    }

    /// The text publication writes the links of the scraped page in markdown, "[Liever voor de
    /// Klas](#)", and the text path keeps that syntax in story paragraphs; an HTML page has an
    /// `<a>` whose text is just "Liever voor de Klas". The only rendering difference between the
    /// two formats, undone here on the text side so everything else can be compared exactly.
    static func withoutMarkdownLinks(_ record: RegionRecord) -> RegionRecord {
        func plain(_ text: String) -> String {
            text.replacingOccurrences(of: #"\[([^\]]+)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        }
        var r = record
        r.stories = r.stories.map { var s = $0; s.heading = plain(s.heading); s.paragraphs = s.paragraphs.map(plain); return s }
        return r
    }

    static let text: RegionsDocument = try! regionsJSON(Fixture.seed)

    @Test(arguments: pages.map(\.file))
    func sniffsTheFixtureAsHTML(file: String) throws {
        let bytes = try FileBytes.read(path: Self.path(file), displayName: file)
        #expect(DocumentReader.detectFormat(bytes) == .html)
    }

    @Test(arguments: pages.map(\.file))
    func yieldsExactlyTheDatasetOfTheTextPath(file: String) throws {
        let dataset = try BuildJob.dataset(from: try Self.document(file), reference: Fixture.reference)
        let html = try Self.regionsJSON(dataset)
        #expect(html.source == file)
        #expect(html.regionCount == 49)
        #expect(html.regionCount == Self.text.regionCount)
        #expect(html.regions.map(\.id) == Self.text.regions.map(\.id))
        for (fromHTML, fromText) in zip(html.regions, Self.text.regions) {
            #expect(Self.withoutPositions(fromHTML) == Self.withoutMarkdownLinks(Self.withoutPositions(fromText)), "\(fromText.id)")
        }
        #expect(dataset.log.count(.error) == Fixture.seed.log.count(.error))
        #expect(dataset.log.count(.warning) == Fixture.seed.log.count(.warning))
        // The difference undone above is confined to one paragraph of one story.
        let changed = Self.text.regions.filter { Self.withoutMarkdownLinks($0) != $0 }.map(\.id)
        #expect(changed == ["amsterdamse-onderwijsregio"])
    }

    @Test(arguments: pages.map(\.file))
    func fakeCardsInScriptsTemplatesAndHiddenElementsStayOut(file: String) throws {
        let lines = try Self.document(file).lines.map(\.text)
        #expect(!lines.contains { $0.contains("Nep") })
        #expect(!lines.contains { $0.contains("Meer »") })  // the navigation menu
    }

    @Test(arguments: pages)
    func sourcePositionsPointIntoTheHTMLFile(file: String, encoding: String.Encoding) throws {
        let raw = try #require(String(data: try Data(contentsOf: URL(fileURLWithPath: Self.path(file))), encoding: encoding))
        let rawLines = raw.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            String($0).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&nbsp;", with: " ")
        }
        func line(_ number: Int) -> String { number >= 1 && number <= rawLines.count ? rawLines[number - 1] : "" }
        let dataset = try BuildJob.dataset(from: try Self.document(file), reference: Fixture.reference)
        let json = try Self.regionsJSON(dataset)
        var checked = 0
        var splitFirstLines: [String: String] = [:]
        for issue in dataset.issues where issue.code == IssueCode.areaSplitNameJoined.rawValue {
            guard let region = issue.regionID, let result = issue.resultValue, let raw = issue.rawValue else { continue }
            splitFirstLines[region + "\u{0}" + result] = String(raw.split(separator: "|").first ?? "")
        }
        for region in json.regions {
            let firstNameLine = region.nameAsPublished.prefix(18)
            #expect(region.source.file == file)
            #expect(line(region.source.line).contains(firstNameLine), Comment(rawValue: "\(region.id) at line \(region.source.line)"))
            for story in region.stories {
                #expect(line(story.source.line).contains(story.heading.prefix(20)), Comment(rawValue: "\(region.id) story at \(story.source.line)"))
            }
            for m in region.municipalities where m.viaProvince == nil {
                var listed = m.nameAsPublished ?? m.name
                // A name printed over two lines is published as joined; its first line is at the source line.
                if let first = splitFirstLines[region.id + "\u{0}" + listed] { listed = first }
                #expect(line(m.source.line).contains(listed), Comment(rawValue: "\(region.id): \(listed) at line \(m.source.line)"))
                checked += 1
            }
        }
        #expect(checked > 600)
    }

    @Test func aPageNamedLikeTextIsStillReadAsHTML() throws {
        let bytes = try FileBytes.read(path: Self.path("publication-semantic.html"), displayName: "x")
        let document = try DocumentReader.read(bytes, name: "pagina.txt")
        #expect(document.lines.contains { $0.text == "Onderwijsregio Oost-Nederland" })
        #expect(!document.lines.contains { $0.text.contains("<") })
    }
}
