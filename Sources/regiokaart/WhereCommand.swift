import ArgumentParser
import Foundation
import RegiokaartCore

/// `regiokaart where NAME…`: which regions serve a municipality or place, or which municipalities
/// a region serves, read from the published output (no rebuild).
struct WhereCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "where",
        abstract: "Look up which regions serve a municipality, place or former municipality, or what a region serves.",
        discussion: """
        Reads the published output folder (regions.json) and the reference data. Exit codes: 0 every \
        name found; 1 a name not found (the nearest names are suggested); 2 the output folder or the \
        reference data is unusable.
        """
    )

    @Argument(help: "Municipalities, places, former municipalities, common names (Den Bosch), region names or ids.")
    var names: [String]

    @Option(help: "The published output folder to read.")
    var output = BuildConfiguration.defaultOutput

    @Option(help: "The reference folder.")
    var reference = BuildConfiguration.defaultReference

    @Option(help: "The steward's alias table.")
    var aliases = BuildConfiguration.defaultAliases

    @Flag(help: "Print the answers as JSON (an array, one answer per name).")
    var json = false

    func run() throws {
        let lookup: WhereLookup
        do {
            let snapshot = try DatasetSnapshot.load(directory: output)
            let data = try ReferenceLoader.load(directory: reference, aliasesPath: aliases)
            lookup = WhereLookup(regions: snapshot.regions, reference: data)
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            throw ExitStatus.unusableInput
        }
        let answers = names.map(lookup.answer)
        if json {
            print("[" + answers.map { WhereReport.json($0).dropLast() }.joined(separator: ",\n") + "]")
        } else {
            print(answers.map(WhereReport.text).joined(separator: "\n"), terminator: "")
        }
        if answers.contains(where: { !$0.found }) { throw ExitStatus.notFound }
    }
}
