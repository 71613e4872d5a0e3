import Foundation
import Testing
@testable import RegiokaartCore

/// `RegionsJSONWriter` must write exactly what the generic encoders write for a `RegionsDocument`:
/// Foundation's `JSONEncoder` (the reference).
@Suite struct RegionsJSONWriterTests {
    /// Strings JSONEncoder escapes or must leave alone.
    static let hostile: [String] = {
        var controls = ""
        for v in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        return ["quote \" backslash \\ slash / tab\t", controls, "\u{7F} é ß 𝄞 🇳🇱 \u{2028}\u{2029} \u{FEFF}", "",
                "Súdwest-Fryslân", "\\u0041 \"\"", "a\r\nb", "</script>", "e\u{301}"]
    }()

    func specialised(_ document: RegionsDocument) -> [UInt8] {
        let sink = ByteSink()
        RegionsJSONWriter(sink: sink).writeDocument(document)
        return sink.bytes
    }

    func expectSameBytes(_ document: RegionsDocument, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let actual = specialised(document)
        let foundation = Array(try JSONEncoder.output().encode(document))
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: foundation, as: UTF8.self), sourceLocation: sourceLocation)
        #expect(actual == foundation, sourceLocation: sourceLocation)
    }

    static func realDocument() -> RegionsDocument {
        let dataset = RealInput.dataset
        return RegionsDocument(source: dataset.source, regionCount: dataset.regions.count, regions: dataset.regions.map(RegionRecord.init))
    }

    @Test func realRecords() throws {
        let document = Self.realDocument()
        #expect(document.regions.count == 49)
        // The real records exercise the optional fields both ways.
        #expect(document.regions.contains { $0.voorloper != nil } && document.regions.contains { $0.voorloper == nil })
        #expect(document.regions.contains { $0.sectorTag != nil } && document.regions.contains { $0.sectorTag == nil })
        #expect(document.regions.contains { !$0.provinces.isEmpty } && document.regions.contains { !$0.stories.isEmpty })
        try expectSameBytes(document)
    }

    @Test func datasetPathEqualsTheStreamedEncodable() throws {
        let dataset = RealInput.dataset
        let sink = ByteSink()
        RegionsJSONWriter(sink: sink).writeDocument(dataset)
        #expect(sink.bytes == Array(try JSONEncoder.output().encode(RegionsDocumentStream(dataset: dataset))))
        #expect(sink.bytes == specialised(Self.realDocument()))
    }

    @Test func hostileValuesInEveryField() throws {
        let base = Self.realDocument().regions[0]
        let source = SourceLocation(file: "dir/with \"quote\"\\and\tcontrol\u{1}.txt", line: 0)
        for (n, text) in Self.hostile.enumerated() {
            var r = base
            r.id = text
            r.name = text
            r.nameAsPublished = text
            r.sectorTag = n.isMultiple(of: 2) ? text : nil
            r.sectors = n.isMultiple(of: 3) ? [] : [text, text]
            r.scope = text
            // Unread figures (nil) in every slot in turn: written `null` by both.
            r.figures = Figures(students: n % 5 == 0 ? nil : Int.max, schoolBoardsPO: n % 5 == 1 ? nil : Int.min,
                                schoolBoardsVO: n % 5 == 2 ? nil : -1, mboInstitutions: n % 5 == 3 ? nil : 0,
                                teacherTrainingInstitutions: n % 5 == 4 ? nil : n)
            r.municipalities = [
                .init(code: text, name: text, province: text, provinceCode: text, match: text, nameAsPublished: nil,
                      viaProvince: text, source: source),
                .init(code: text, name: text, province: text, provinceCode: text, match: text, nameAsPublished: text,
                      viaProvince: nil, source: SourceLocation(file: text, line: -7)),
            ]
            r.provinces = n.isMultiple(of: 2) ? [] : [.init(code: text, name: text, nameAsPublished: text, source: source)]
            r.unresolved = [.init(name: text, source: source)]
            r.stories = [.init(heading: text, paragraphs: [], source: source), .init(heading: text, paragraphs: [text, ""], source: source)]
            r.source = SourceLocation(file: text, line: n)
            r.voorloper = n.isMultiple(of: 2)
                ? .init(landsdeel: text, nameAsListed: text, sectorsAsListed: text, sectors: [text], confidence: text, source: source)
                : .init(landsdeel: nil, nameAsListed: text, sectorsAsListed: nil, sectors: [], confidence: "", source: source)
            r.aliases = n.isMultiple(of: 3) ? [] : [.init(name: text, kind: text, source: source)]
            try expectSameBytes(RegionsDocument(source: text, regionCount: n, regions: [r, base]))
        }
    }

    @Test func emptyContainers() throws {
        var r = Self.realDocument().regions[0]
        r.sectors = []
        r.municipalities = []
        r.provinces = []
        r.unresolved = []
        r.stories = []
        r.aliases = []
        r.voorloper = nil
        r.sectorTag = nil
        r.figures = Figures()
        try expectSameBytes(RegionsDocument(source: "", regionCount: 1, regions: [r]))
        try expectSameBytes(RegionsDocument(source: "none", regionCount: 0, regions: []))
    }

    /// An unread figure is `null` under its key (not left out, never 0), and reads back as unread.
    @Test func anUnreadFigureIsNullAndReadsBack() throws {
        var r = Self.realDocument().regions[0]
        r.figures = Figures(students: nil, schoolBoardsPO: 53, schoolBoardsVO: 0, mboInstitutions: nil, teacherTrainingInstitutions: 6)
        let document = RegionsDocument(source: "s", regionCount: 1, regions: [r])
        try expectSameBytes(document)
        let bytes = Data(specialised(document))
        let object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        let figures = try #require(((object["regions"] as? [[String: Any]])?.first?["figures"]) as? [String: Any])
        #expect(Set(figures.keys) == Set(FigureKind.allCases.map(\.rawValue)))
        #expect(figures["students"] is NSNull && figures["mbo_institutions"] is NSNull)
        #expect(figures["school_boards_po"] as? Int == 53 && figures["school_boards_vo"] as? Int == 0)
        #expect(try JSONDecoder().decode(RegionsDocument.self, from: bytes).regions[0].figures == r.figures)
    }
}
