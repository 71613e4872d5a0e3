import Foundation
import Testing
@testable import RegiokaartCore

/// Same input, same bytes — also with CRLF line ends; the same data when the cards come in another order.
@Suite struct ReproducibilityTests {
    /// A copy of Input/ whose publication is rewritten by `edit`, in a fresh folder.
    func workspace(_ edit: (String) -> String = { $0 }) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Input"), to: folder.appendingPathComponent("Input"))
        let url = folder.appendingPathComponent("Input/publication-regionale-samenwerking-werkt.txt")
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
        return folder
    }

    @Test func crlfLineEndsGiveByteIdenticalOutputs() throws {
        let folder = try workspace { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        let run = try TestSupport.run(["build", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let committed = TestSupport.snapshot(TestSupport.root.appendingPathComponent("Output"))
        #expect(TestSupport.snapshot(folder.appendingPathComponent("Output")) == committed)
    }

    /// The publication with its region cards in reverse order (each card from its name line up to the
    /// next card's name line; the last card up to its last closing link).
    static func reversingCards(_ text: String) throws -> String {
        let document = try TextDocumentReader.read(Array(text.utf8), name: "p.txt")
        let starts = PublicationExtractor().extract(document).regions.map(\.source.line).sorted()
        var lines = text.components(separatedBy: "\n")
        let end = lines.lastIndex { $0.hasPrefix("[TERUG NAAR") }! + 1
        let bounds = zip(starts.map { $0 - 1 }, starts.dropFirst().map { $0 - 1 } + [end])
        let blocks = bounds.map { Array(lines[$0.0..<$0.1]) }
        lines.replaceSubrange((starts[0] - 1)..<end, with: blocks.reversed().flatMap { $0 })
        return lines.joined(separator: "\n")
    }

    @Test func cardsInAnotherOrderGiveTheSameData() throws {
        let folder = try workspace { (try? Self.reversingCards($0)) ?? "" }
        let run = try TestSupport.run(["build", "--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let reordered = try DatasetSnapshot.load(directory: folder.appendingPathComponent("Output").path).regions
        let committed = try DatasetSnapshot.load(directory: TestSupport.root.appendingPathComponent("Output").path).regions
        #expect(reordered.map(\.id) != committed.map(\.id), "the cards were not reordered")
        #expect(reordered.map(\.id) == committed.map(\.id).reversed())
        // The decision (README, "Reproducible"): the data apart from source positions is identical.
        #expect(DatasetDiff(old: committed, new: reordered).isEmpty)
        #expect(Self.canonical(reordered) == Self.canonical(committed))
        let diff = try TestSupport.run(["diff", "Output", folder.appendingPathComponent("Output").path])
        #expect(diff.status == 0, "\(diff.stdout)")
    }

    /// Regions sorted by id, with every source position blanked and municipalities sorted by code.
    static func canonical(_ regions: [RegionRecord]) -> [RegionRecord] {
        regions.map { region in
            var r = region
            r.source.line = 0
            r.municipalities = r.municipalities.map { var m = $0; m.source.line = 0; return m }.sorted { $0.code < $1.code }
            r.provinces = r.provinces.map { var p = $0; p.source.line = 0; return p }
            r.unresolved = r.unresolved.map { var u = $0; u.source.line = 0; return u }
            r.stories = r.stories.map { var s = $0; s.source.line = 0; return s }
            r.aliases = r.aliases.map { var a = $0; if a.kind == "card" { a.source.line = 0 }; return a }
            return r
        }.sorted { $0.id < $1.id }
    }
}
