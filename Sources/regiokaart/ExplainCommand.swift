import ArgumentParser
import Foundation
import RegiokaartCore

/// `regiokaart explain NAME [--region ID]`: shows how one municipality name is matched.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a municipality name is matched: the rules tried, their candidates and distances."
    )

    @Argument(help: "The name as it would appear in a card's list.")
    var name: String

    @Option(help: "The id of the card the name is listed on (as in regions.csv): alias rows scoped to it apply.")
    var region: String?

    @Option(help: "The reference folder.")
    var reference = BuildConfiguration.defaultReference

    @Option(help: "The steward's alias table.")
    var aliases = BuildConfiguration.defaultAliases

    func run() throws {
        let data: ReferenceData
        do {
            data = try ReferenceLoader.load(directory: reference, aliasesPath: aliases)
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            throw ExitStatus.unusableInput
        }
        print(NameExplanation.text(name, region: region, reference: data))
    }
}
