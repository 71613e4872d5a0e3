import ArgumentParser
import Foundation
import RegiokaartCore

/// `regiokaart diff OLD_DIR NEW_DIR`: what changed between two published outputs.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two output folders: regions added, removed, renamed, figures, municipalities, sectors.",
        discussion: "Exit codes: 0 the same data; 3 changed; 2 a folder or its regions.json is missing or malformed."
    )

    @Argument(help: "The older output folder.")
    var old: String

    @Argument(help: "The newer output folder.")
    var new: String

    @Flag(help: "Print JSON for programs instead of text.")
    var json = false

    func run() throws {
        let diff: DatasetDiff
        do {
            diff = DatasetDiff(old: try DatasetSnapshot.load(directory: old).regions,
                               new: try DatasetSnapshot.load(directory: new).regions)
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            throw ExitStatus.code(for: error)
        }
        print(json ? DiffReport.json(diff, old: old, new: new) : DiffReport.text(diff, old: old, new: new), terminator: "")
        if !diff.isEmpty { throw ExitStatus.changed }
    }
}
