import Foundation

/// The outputs of the resolve stage: `cases.csv`, `cases.json` and `voorlopers.csv`.
extension DatasetRenderer {
    public static let caseColumns = ["kind", "theme", "title", "region_id", "region_mention", "confidence", "rule",
                                     "reason", "paragraph_count", "source_file", "source_line"]
    public static let voorloperColumns = ["landsdeel", "name_as_listed", "name", "sectors_as_listed", "sectors", "region_id",
                                          "confidence", "rule", "reason", "evidence", "source_file", "source_line"]

    /// The three files, in the order `dataFiles` lists them, rendered as they are written (with
    /// the other files, on the writers' threads).
    func mentionFiles(_ dataset: Dataset) throws -> [OutputFile] {
        [
            OutputFile(name: "cases.csv") { casesCSV(dataset, into: $0) },
            OutputFile(name: "cases.json") { try casesJSON(dataset, into: $0) },
            OutputFile(name: "voorlopers.csv") { voorlopersCSV(dataset, into: $0) },
        ]
    }

    /// `cases.json`: a `CasesDocument`.
    func casesJSON(_ dataset: Dataset, into sink: ByteSink) throws {
        sink.write(Array(try JSONEncoder.output().encode(CasesDocument(dataset))))
        sink.write(0x0A)
    }

    func casesCSV(_ dataset: Dataset, into sink: ByteSink) {
        var csv = CSVWriter(dialect: dialect, header: Self.caseColumns, into: sink)
        for story in dataset.mentions.cases {
            let r = story.resolution
            csv.write([story.mention.kind.rawValue, story.theme, story.title.value, r?.regionID ?? "", story.mention.asListed,
                       r?.confidence?.rawValue ?? "", r?.rule?.rawValue ?? "", r?.reason ?? "", String(story.paragraphs.count),
                       story.title.location.file, String(story.title.location.line)])
        }
    }

    func voorlopersCSV(_ dataset: Dataset, into sink: ByteSink) {
        var csv = CSVWriter(dialect: dialect, header: Self.voorloperColumns, into: sink)
        for voorloper in dataset.mentions.voorlopers {
            let m = voorloper.mention
            let r = voorloper.resolution
            csv.write([m.landsdeel ?? "", m.asListed, m.name, m.tag?.text ?? "", m.sectors.map(\.rawValue).joined(separator: "|"),
                       r?.regionID ?? "", r?.confidence?.rawValue ?? "", r?.rule?.rawValue ?? "", r?.reason ?? "",
                       r?.evidence.joined(separator: " | ") ?? "", m.location.file, String(m.location.line)])
        }
    }
}
