import ArgumentParser

/// The `regiokaart` command line.
@main
struct Regiokaart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regiokaart",
        abstract: "Turns the onderwijsregio publication into a validated, canonical dataset.",
        discussion: """
        Exit codes: 0 published; 1 error-level findings, nothing published (report in <output>.failed/); \
        2 unusable input (missing, unreadable or malformed file, no cards); 3 changed (diff, build --previous); \
        4 the output cannot be written; 5 another run holds the output's lock. \
        `where`: 0 found, 1 not found, 2 unusable output folder.
        """,
        subcommands: [BuildCommand.self, ExplainCommand.self, DiffCommand.self, WhereCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
