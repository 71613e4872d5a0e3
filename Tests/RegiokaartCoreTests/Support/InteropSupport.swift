import CSV
import Foundation
@testable import RegiokaartCore

/// Shared helpers of the interop tests: the repository's real inputs, scratch folders, CSV parsing
/// with CSV.swift (not our writer) and the `sqlite3` command-line tool.
enum InteropSupport {
    /// The repository root, found from this file's path.
    static var root: URL { Fixture.root }

    /// A build configuration on the real inputs in `Input/`, writing to `output`.
    static func configuration(output: String, strict: Bool = false) -> BuildConfiguration {
        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
        return BuildConfiguration(publicationPath: path(BuildConfiguration.defaultPublication),
                                  referenceDirectory: path(BuildConfiguration.defaultReference),
                                  aliasesPath: path(BuildConfiguration.defaultAliases), outputDirectory: output, strict: strict)
    }

    /// A fresh, empty scratch folder.
    static func scratch() throws -> URL {
        try TestSupport.temporaryFolder("interop")
    }

    /// The real dataset and reference data.
    static func dataset() throws -> (Dataset, ReferenceData) {
        let document = try DocumentReader.read(path: configuration(output: "unused").publicationPath)
        return (try BuildJob.dataset(from: document, reference: Fixture.reference), Fixture.reference)
    }

    /// The records of a CSV file's bytes (header first), parsed by CSV.swift; a leading BOM is dropped.
    static func rows(_ bytes: [UInt8], separator: Character) throws -> [[String]] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: separator.unicodeScalars.first!)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    /// Runs `sqlite3 -batch -bail DATABASE SQL` and returns its standard output lines.
    static func sqlite3(_ database: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-batch", "-bail", database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SQLite3Failed(sql: sql, status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }

    /// `sqlite3` exited non-zero.
    struct SQLite3Failed: Error { var sql: String; var status: Int32 }
}
