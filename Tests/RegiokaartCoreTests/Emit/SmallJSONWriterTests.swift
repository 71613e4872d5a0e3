import Foundation
import Testing
@testable import RegiokaartCore

/// `CasesJSONWriter` and `DataPackageJSONWriter` must write exactly what `JSONEncoder.output()`
/// writes for their documents (the generic encoder is the oracle).
@Suite struct SmallJSONWriterTests {
    /// `write` renders `document` the way its writer does; the bytes must be the encoder's.
    func expectSameBytes<Document: Encodable>(_ document: Document, written write: (ByteSink) -> Void,
                                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let sink = ByteSink()
        write(sink)
        let foundation = Array(try JSONEncoder.output().encode(document))
        #expect(String(decoding: sink.bytes, as: UTF8.self) == String(decoding: foundation, as: UTF8.self), sourceLocation: sourceLocation)
        #expect(sink.bytes == foundation, sourceLocation: sourceLocation)
    }

    func expectSameBytes(_ document: CasesDocument, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try expectSameBytes(document, written: { CasesJSONWriter(sink: $0).writeDocument(document) }, sourceLocation: sourceLocation)
    }

    func expectSameBytes(_ package: DataPackageDescriptor, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try expectSameBytes(package, written: { DataPackageJSONWriter(sink: $0).writeDocument(package) }, sourceLocation: sourceLocation)
    }

    @Test func realCases() throws {
        let document = CasesDocument(RealInput.dataset)
        #expect(document.cases.count > 10 && document.themes.count > 3)
        // Optional members both present and absent.
        #expect(document.cases.contains { $0.reason == nil } && document.cases.contains { $0.confidence != nil })
        try expectSameBytes(document)
    }

    @Test func hostileCases() throws {
        let real = CasesDocument(RealInput.dataset)
        let hostile = RegionsJSONWriterTests.hostile
        var document = real
        document.source = hostile[0]
        document.themeCount = -7
        document.statedThemeCounts = [.init(count: 0, lines: []), .init(count: Int.max, lines: [1, -2, Int.min])]
        for (n, text) in hostile.enumerated() {
            let present = n.isMultiple(of: 2)
            if var entry = real.cases.first {
                entry.kind = text
                entry.theme = text
                entry.title = text
                entry.regionID = present ? text : nil
                entry.regionMention = text
                entry.confidence = present ? nil : text
                entry.rule = present ? text : nil
                entry.evidence = n % 3 == 0 ? [] : [text, text]
                entry.reason = present ? nil : text
                entry.paragraphs = n % 3 == 1 ? [] : [text]
                entry.source = SourceLocation(file: text, line: n - 3)
                document.cases.append(entry)
            }
            if var theme = real.themes.first {
                theme.name = present ? text : nil
                theme.lead = present ? nil : text
                theme.title = present ? text : nil
                theme.paragraphs = n % 3 == 0 ? [] : [text]
                theme.caseLinks = n % 3 == 2 ? [] : [.init(name: text, source: SourceLocation(file: text, line: n))]
                theme.menuSource = present ? nil : SourceLocation(file: text, line: 0)
                theme.source = present ? SourceLocation(file: text, line: 1) : nil
                document.themes.append(theme)
            }
        }
        try expectSameBytes(document)
        document.cases = []
        document.themes = []
        document.statedThemeCounts = []
        try expectSameBytes(document)
    }

    @Test(arguments: CSVOutputForms.allCases) func dataPackage(forms: CSVOutputForms) throws {
        let builder = DataPackageBuilder(forms: forms)
        try expectSameBytes(builder.descriptor(source: RealInput.configuration.publicationPath))
        for text in RegionsJSONWriterTests.hostile { try expectSameBytes(builder.descriptor(source: text)) }
        // The file is the writer's bytes and a newline.
        let file = builder.file(source: "x")
        #expect(file.bytes == Array(try JSONEncoder.output().encode(builder.descriptor(source: "x"))) + [0x0A])
    }

    @Test func hostileDataPackage() throws {
        var package = DataPackageBuilder(forms: .both).descriptor(source: "Input/x.txt")
        let hostile = RegionsJSONWriterTests.hostile
        for (n, text) in hostile.enumerated() {
            var resource = package.resources[n % package.resources.count]
            resource.name = text
            resource.title = text
            resource.dialect.delimiter = text
            resource.dialect.doubleQuote = n.isMultiple(of: 2)
            resource.dialect.header = !n.isMultiple(of: 3)
            resource.schema.primaryKey = n.isMultiple(of: 2) ? nil : [text]
            resource.schema.foreignKeys = n % 3 == 0 ? nil : n % 3 == 1 ? [] : [.init(fields: [text], reference: .init(resource: text, fields: []))]
            resource.schema.missingValues = n.isMultiple(of: 2) ? [] : [text, ""]
            resource.schema.fields = [
                TableField(text, text, en: (text, text), nl: (text, text)),
                TableField(text, en: ("", ""), nl: ("", ""), FieldConstraints()),
                TableField("x", "integer", en: (text, ""), nl: ("", text),
                           FieldConstraints(required: n.isMultiple(of: 2), unique: !n.isMultiple(of: 2),
                                            enum: n % 3 == 0 ? [] : [text], pattern: text, minimum: n - 4)),
            ]
            package.resources.append(resource)
            package.sources.append(.init(title: text, path: text))
        }
        package.title = hostile[1]
        try expectSameBytes(package)
        package.resources = []
        package.sources = []
        try expectSameBytes(package)
    }
}
