import Foundation
import Testing
@testable import RegiokaartCore

/// A table written in several dialects at once (`CSVTableWriter`, `OutputBatch`) must give each
/// dialect exactly the bytes a writer of that dialect alone gives, on real and hostile values.
@Suite struct CSVTableWriterTests {
    static let orders: [[CSVDialect]] = [[.rfc4180, .excelNL], [.excelNL, .rfc4180], [.rfc4180], [.excelNL]]

    /// Hostile texts: every byte either dialect quotes, formula triggers, control bytes below 0x10
    /// (tab, NUL), non-ASCII, empty, and texts that repeat in their column.
    static let texts = RepeatedFieldTests.texts + ["a;b", "a,b", "=1", "-", "@", "+", "\t", "\u{0}x", "\u{8}", "\u{F}", "é;", "é,", ";", ","]
    static let numbers = [0, 1, -1, 9, 10, 99, 100, 12_345, -12_345, Int.max, Int.min]

    /// One record: texts by column (nil: empty), a number, and a field written straight into the writer.
    static func records() -> [(texts: [String?], number: Int?)] {
        RepeatedFieldTests.rows().enumerated().map { n, row in
            (row + [texts[n % texts.count], texts[(n / 2) % texts.count]], n % 5 == 0 ? nil : numbers[n % numbers.count])
        }
    }

    @Test(arguments: orders)
    func eachDialectGetsItsOwnWritersBytes(dialects: [CSVDialect]) {
        let header = ["a", "b", "c", "d", "e", "n", "w"]
        let sinks = dialects.map { _ in ByteSink() }
        var table = CSVTableWriter(header: header, into: zip(dialects, sinks).map { CSVTarget(dialect: $0, sink: $1) })
        var alone = dialects.map { CSVWriter(dialect: $0, header: header) }
        for record in Self.records() {
            for (column, text) in record.texts.enumerated() {
                if let text { table.field(text, column: column) } else { table.emptyField() }
                for k in alone.indices {
                    if let text { alone[k].field(text) } else { alone[k].emptyField() }
                }
            }
            if let number = record.number { table.field(number) } else { table.emptyField() }
            table.forEachDialect { $1.field(joining: 2, by: UInt8(ascii: "|")) { _ in Self.bytes(record.texts[0] ?? "") } }
            table.endRecord()
            for k in alone.indices {
                if let number = record.number { alone[k].field(number) } else { alone[k].emptyField() }
                alone[k].field((record.texts[0] ?? "") + "|" + (record.texts[0] ?? ""))
                alone[k].endRecord()
            }
        }
        for k in dialects.indices {
            #expect(sinks[k].bytes == alone[k].bytes, "dialect \(k) of \(dialects.count)")
        }
        // The text columns against the Character-level reference, independent of both writers.
        let textSinks = dialects.map { _ in ByteSink() }
        var texts = CSVTableWriter(header: ["a", "b", "c", "d", "e"], into: zip(dialects, textSinks).map { CSVTarget(dialect: $0, sink: $1) })
        for record in Self.records() {
            for (column, text) in record.texts.enumerated() {
                if let text { texts.field(text, column: column) } else { texts.emptyField() }
            }
            texts.endRecord()
        }
        let rows = [["a", "b", "c", "d", "e"]] + Self.records().map { $0.texts.map { $0 ?? "" } }
        for k in dialects.indices {
            #expect(textSinks[k].bytes == CSVWriterFieldTests.reference(rows, dialect: dialects[k]))
        }
    }

    /// Fields with a quote or a line break (quoted by both dialects) around and far above
    /// `CSVWriter.longestCopiedField`, with and without a formula lead, written into draining sinks:
    /// each dialect's bytes are its writer's alone, and no sink's buffer grows to a field's length.
    @Test(arguments: orders.filter { $0.count == 2 })
    func longFieldsQuotedInBothDialectsAreEachWritersOwn(dialects: [CSVDialect]) throws {
        let limit = CSVWriter.longestCopiedField
        var texts: [String] = []
        for length in [limit - 1, limit, limit + 1, 3 * limit, 1_000_000] {
            for lead in ["", "=", "\""] {
                let piece = "zeeuwse-onderwijsregio \"zor\" 12;\r\n"
                let body = String(repeating: piece, count: length / piece.utf8.count + 1)
                texts.append(String((lead + body).utf8.prefix(length))!)
            }
        }
        let header = ["a", "b"]
        var drained = dialects.map { _ in [UInt8]() }
        let sinks = dialects.indices.map { k in ByteSink { drained[k].append(contentsOf: $0) } }
        let capacities = sinks.map(\.capacity)
        var table = CSVTableWriter(header: header, into: zip(dialects, sinks).map { CSVTarget(dialect: $0, sink: $1) })
        var alone = dialects.map { CSVWriter(dialect: $0, header: header) }
        for (n, text) in texts.enumerated() {
            table.field("x\(n)", column: 0)
            table.field(text, column: 1)
            table.endRecord()
            for k in alone.indices {
                alone[k].write(["x\(n)", text])
            }
        }
        for sink in sinks { try sink.finish() }
        for k in dialects.indices {
            #expect(drained[k].elementsEqual(alone[k].bytes), "dialect \(k)")
            #expect(sinks[k].capacity == capacities[k], "dialect \(k)")
        }
    }

    private static func bytes(_ text: String) -> UnsafeBufferPointer<UInt8> {
        // Kept alive for the test run: the writer copies the bytes at once.
        let stored = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(text.utf8.count, 1))
        _ = stored.initialize(from: text.utf8)
        return UnsafeBufferPointer(rebasing: stored[0..<text.utf8.count])
    }

    /// The real dataset with hostile values in every table: what only one of the dialects quotes
    /// (`;`, `,`), formula leads, control bytes, non-ASCII, empty texts, negative and huge numbers.
    static func hostileDataset() -> Dataset {
        var dataset = TableColumnsTests.hostileDataset()
        let values = ["a;b", "a,b", "=SUM(1)", "-5", "@x", "+31", "\tx", "é;ü", "", "x\u{0}y", "\"", ";", ","]
        for (n, value) in values.enumerated() {
            dataset.regions[2 + n].name = value
            dataset.regions[2 + n].nameAsPublished = value + value
            dataset.regions[2 + n].sectorTag = n % 2 == 0 ? value : nil
            if !dataset.regions[2 + n].municipalities.isEmpty {
                dataset.regions[2 + n].municipalities[0].nameAsPublished = value
                dataset.regions[2 + n].municipalities[0].viaProvince = n % 3 == 0 ? nil : value
            }
            dataset.report(Issue(.warning, .areaRepeated, field: value, raw: value, result: value,
                                 at: SourceLocation(file: value, line: n == 0 ? Int.max : n), value))
        }
        if !dataset.mentions.cases.isEmpty { dataset.mentions.cases[0].theme = "=1;2,3" }
        return dataset
    }

    /// Every table written in both dialects at once (either order) is each dialect's table alone.
    @Test(arguments: [[CSVDialect.rfc4180, .excelNL], [.excelNL, .rfc4180]])
    func everyTableInBothDialectsAtOnceIsEachAlone(dialects: [CSVDialect]) {
        for dataset in [RealInput.dataset, Self.hostileDataset()] {
            let issues = DatasetRenderer.reportOrder(dataset)
            for table in DataTable.allCases {
                let sinks = dialects.map { _ in ByteSink() }
                DatasetRenderer(reference: RealInput.reference)
                    .csv(table, dataset, issues: issues, into: zip(dialects, sinks).map { CSVTarget(dialect: $0, sink: $1) })
                for k in dialects.indices {
                    let alone = ByteSink()
                    DatasetRenderer(reference: RealInput.reference, dialect: dialects[k]).csv(table, dataset, issues: issues, into: alone)
                    #expect(sinks[k].bytes == alone.bytes, "\(table.fileName) in dialect \(k)")
                }
            }
        }
    }

    /// One dialect through the table writer is the row-by-row `CSVWriter` path (`TableColumns.write(_:into:)`).
    @Test(arguments: [CSVDialect.rfc4180, .excelNL])
    func oneDialectIsTheWritersOwnPath(dialect: CSVDialect) {
        let dataset = Self.hostileDataset()
        let sink = ByteSink()
        DatasetRenderer(reference: RealInput.reference, dialect: dialect).csv(.regions, dataset, into: sink)
        var csv = ColumnCatalog.regions.csv(dialect, into: ByteSink())
        for region in dataset.regions { ColumnCatalog.regions.write(region, into: &csv) }
        #expect(sink.bytes == csv.bytes)
        let issuesSink = ByteSink()
        let issues = DatasetRenderer.reportOrder(dataset)
        DatasetRenderer(reference: RealInput.reference, dialect: dialect).csv(.issues, dataset, issues: issues, into: issuesSink)
        var issuesCSV = ColumnCatalog.issues.csv(dialect, into: ByteSink())
        for issue in issues { ColumnCatalog.issues.write(issue, into: &issuesCSV) }
        #expect(issuesSink.bytes == issuesCSV.bytes)
    }

    /// The assembler pairs each table's two CSVs in one batch, whose members are the files' own bytes.
    @Test func theBatchesAreTheFilesOwnBytes() throws {
        let dataset = Self.hostileDataset()
        let files = try OutputAssembler(reference: RealInput.reference, forms: .both).files(dataset, published: true)
        let batched = files.filter { $0.batch != nil }
        #expect(Set(batched.map(\.name)) == Set(DataTable.allCases.flatMap { [$0.fileName, "excel-nl/" + $0.fileName] }))
        for file in batched where file.batch!.member == 0 {
            let batch = file.batch!.batch
            let sinks = batch.names.map { _ in ByteSink() }
            try batch.write(to: sinks)
            for (name, sink) in zip(batch.names, sinks) {
                let own = try #require(files.first { $0.name == name })
                #expect(sink.bytes == own.bytes, "\(name)")
            }
        }
        // One form alone: no batches.
        #expect(try OutputAssembler(reference: RealInput.reference, forms: .rfc4180).files(dataset, published: true).allSatisfy { $0.batch == nil })
    }

    /// A publish writes the batches' files (default writer) with the same bytes as each file alone.
    @Test func aPublishWritesEachBatchedFileAsItsOwnBytes() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = folder.appendingPathComponent("Output")
        let files = try OutputAssembler(reference: RealInput.reference, forms: .both).files(Self.hostileDataset(), published: true)
        try OutputPublisher(directory: output.path).publish(files)
        let written = TestSupport.snapshot(output)
        #expect(written.count == files.count)
        for file in files {
            #expect(written["/" + file.name] == Data(file.bytes), "\(file.name)")
        }
    }
}
