import Foundation

/// The outputs of the resolve stage: `cases.csv`, `cases.json` and `voorlopers.csv`.
extension DatasetRenderer {
    /// The three files, in the order `dataFiles` lists them, rendered as they are written (with
    /// the other files, on the writers' threads).
    func mentionFiles(_ dataset: Dataset) throws -> [OutputFile] {
        [
            OutputFile(name: "cases.csv") { casesCSV(dataset, into: $0) },
            OutputFile(name: "cases.json") { try casesJSON(dataset, into: $0) },
            OutputFile(name: "voorlopers.csv") { voorlopersCSV(dataset, into: $0) },
        ]
    }

    /// `cases.json`: a `CasesDocument` (`CasesJSONWriter` writes JSONEncoder's bytes).
    func casesJSON(_ dataset: Dataset, into sink: ByteSink) throws {
        CasesJSONWriter(sink: sink).writeDocument(CasesDocument(dataset))
        sink.write(0x0A)
    }

    func casesCSV(_ dataset: Dataset, into sink: ByteSink) { casesCSV(dataset, into: [target(sink)]) }

    func casesCSV(_ dataset: Dataset, into targets: [CSVTarget]) {
        let table = ColumnCatalog.cases
        var csv = table.csv(targets)
        for story in dataset.mentions.cases { table.write(story, into: &csv) }
    }

    func voorlopersCSV(_ dataset: Dataset, into sink: ByteSink) { voorlopersCSV(dataset, into: [target(sink)]) }

    func voorlopersCSV(_ dataset: Dataset, into targets: [CSVTarget]) {
        let table = ColumnCatalog.voorlopers
        var csv = table.csv(targets)
        for voorloper in dataset.mentions.voorlopers { table.write(voorloper, into: &csv) }
    }
}
