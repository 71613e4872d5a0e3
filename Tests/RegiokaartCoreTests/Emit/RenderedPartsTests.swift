import Foundation
import Testing
@testable import RegiokaartCore

/// The shared parts of a pair (its link's municipality, match, name and province) are rendered once
/// per link (`RenderedParts`) and copied after: the files must be what writing every field gives.
@Suite struct RenderedPartsTests {
    /// The real dataset with hostile link values: the same link in many pairs, quotes, separators,
    /// line breaks, formula triggers and an empty first shared field.
    static func dataset() -> Dataset {
        var dataset = TableColumnsTests.hostileDataset()
        let hostile = "=a;b,c|\"d\"\r\ne"
        dataset.regions[2].municipalities[0].nameAsPublished = hostile
        dataset.regions[2].municipalities[1].municipality.code = ""
        dataset.regions[2].municipalities[2].viaProvince = "@x"
        dataset.regions[2].municipalities[3].municipality.name = hostile
        // The same pair (one link) in another region and twice more in its own.
        dataset.regions[3].municipalities += dataset.regions[2].municipalities.prefix(4) + dataset.regions[3].municipalities.prefix(2)
        return dataset
    }

    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func pairsCSVIsEveryFieldWritten(dialect: CSVDialect) {
        let dataset = Self.dataset()
        let table = ColumnCatalog.regionMunicipalities
        var plain = table.csv(dialect, into: ByteSink())
        for region in dataset.regions {
            for pair in region.municipalities { table.write(RegionMunicipalityRow(regionID: region.id, sourceFile: region.source.file, pair: pair), into: &plain) }
        }
        let sink = ByteSink()
        DatasetRenderer(reference: RealInput.reference, dialect: dialect).pairsCSV(dataset, into: sink)
        #expect(sink.bytes == plain.bytes)
        #expect(sink.bytes.count > 10_000)
    }

    /// Both dialects written at once (`CSVTableWriter`, each value read once), with hostile region
    /// ids and card files (copied where they repeat): each file must be what writing every field of
    /// every row in that dialect alone gives.
    @Test func pairsCSVInBothDialectsIsEveryFieldWritten() {
        var dataset = Self.dataset()
        dataset.regions[2].id = "-r;e,g\"x\""
        dataset.regions[3].source.file = "=f;i,l\"e\"\r\n"
        dataset.regions[4].id = ""
        dataset.regions[5].municipalities = []
        let table = ColumnCatalog.regionMunicipalities
        let dialects = [CSVDialect.rfc4180, .excelNL]
        var plain = dialects.map { table.csv($0, into: ByteSink()) }
        for region in dataset.regions {
            for pair in region.municipalities {
                for k in plain.indices {
                    table.write(RegionMunicipalityRow(regionID: region.id, sourceFile: region.source.file, pair: pair), into: &plain[k])
                }
            }
        }
        let sinks = dialects.map { _ in ByteSink() }
        DatasetRenderer(reference: RealInput.reference).pairsCSV(dataset, into: zip(dialects, sinks).map { CSVTarget(dialect: $0, sink: $1) })
        for k in dialects.indices {
            #expect(sinks[k].bytes == plain[k].bytes, "\(dialects[k])")
        }
        #expect(sinks[1].bytes.count > 10_000)
    }

    /// `otherFile`: a region whose card is in another file than the document's (its pairs' sources
    /// are then written in full, not from the link's rendered head and tail).
    @Test(arguments: [false, true])
    func regionsJSONIsWhatTheEncoderWrites(otherFile: Bool) throws {
        var dataset = Self.dataset()
        if otherFile { dataset.regions[3].source.file = "other \"file\".txt" }
        let sink = ByteSink()
        RegionsJSONWriter(sink: sink).writeDocument(dataset)
        let document = RegionsDocument(source: dataset.source, regionCount: dataset.regions.count, regions: dataset.regions.map(RegionRecord.init))
        #expect(sink.bytes == Array(try JSONEncoder.output().encode(document)))
    }

    @Test func aPartIsRenderedOncePerIdentityAndLevel() {
        var parts = RenderedParts()
        let object = ByteSink()
        let a = ObjectIdentifier(object), b = ObjectIdentifier(ByteSink.self)
        var renders = 0
        func bytes(_ id: ObjectIdentifier, _ level: Int, _ text: String) -> [UInt8] {
            parts.bytes(of: id, level: level) { renders += 1; $0.write(text) }
        }
        #expect(bytes(a, 0, "x") == Array("x".utf8))
        #expect(bytes(a, 0, "other") == Array("x".utf8))
        #expect(bytes(a, 1, "y") == Array("y".utf8))
        #expect(bytes(b, 0, "z") == Array("z".utf8))
        #expect(renders == 3)
    }

    @Test func thousandsOfPartsEachKeepTheirOwnBytes() {
        var parts = RenderedParts()
        let objects = (0..<5000).map { _ in ByteSink() }
        var renders = 0
        for round in 0..<2 {
            for (n, object) in objects.enumerated() {
                let bytes = parts.bytes(of: ObjectIdentifier(object), level: n % 3) { renders += 1; $0.write("part \(n)") }
                #expect(bytes == Array("part \(n)".utf8), "round \(round)")
            }
        }
        #expect(renders == objects.count)
    }

    @Test func theLastJSONStringIsReusedOnlyForTheSameText() {
        let texts = ["a.txt", "a.txt", "b \"c\"\n", "a.txt", String("a.txt".reversed().reversed()), "", "", "é\u{1}/"]
        let last = LastJSONString()
        let memo = ByteSink(), plain = ByteSink()
        for text in texts {
            last.write(text, into: memo)
            plain.writeJSONString(text)
        }
        #expect(memo.bytes == plain.bytes)
    }
}
