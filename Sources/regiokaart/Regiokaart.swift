import ArgumentParser

/// The `regiokaart` command line.
@main
struct Regiokaart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regiokaart",
        abstract: "Turns the onderwijsregio publication into a validated, canonical dataset."
    )
}
