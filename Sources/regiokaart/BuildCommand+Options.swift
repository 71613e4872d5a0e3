extension BuildCommand {
    /// The command's values as plain options; setting them gives every option a value, so a command
    /// made with `init()` can run without being parsed (`Regiokaart.main()`).
    var options: BuildOptions {
        get {
            BuildOptions(publication: publication, reference: reference, aliases: aliases, voorlopers: voorlopers,
                         regionAliases: regionAliases, acknowledged: acknowledged, output: output, strict: strict,
                         allowErrors: allowErrors, quiet: quiet, csvDialect: csvDialect, sqlite: sqlite,
                         previous: previous, lockWait: lockWait, timings: timings)
        }
        set {
            publication = newValue.publication
            reference = newValue.reference
            aliases = newValue.aliases
            voorlopers = newValue.voorlopers
            regionAliases = newValue.regionAliases
            acknowledged = newValue.acknowledged
            output = newValue.output
            strict = newValue.strict
            allowErrors = newValue.allowErrors
            quiet = newValue.quiet
            csvDialect = newValue.csvDialect
            sqlite = newValue.sqlite
            previous = newValue.previous
            lockWait = newValue.lockWait
            timings = newValue.timings
        }
    }
}
