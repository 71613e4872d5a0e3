import RegiokaartCore

extension BuildOptions {
    /// The options of a plain build invocation, read without ArgumentParser; nil for anything else,
    /// which then goes through ArgumentParser as before (help, errors, other subcommands).
    ///
    /// ArgumentParser reflects over every command's properties on each start (~18 M instructions,
    /// a tenth of a run on the real publication, before any work starts); the nightly run and the
    /// benchmarks use only this form. Plain means: an optional leading `build`, then each option
    /// at most once, as `--name value` (a value that is not empty and does not start with `-`) or
    /// `--flag`, with a valid `--csv-dialect` and `--lock-wait`. `BuildOptionsTests` checks that
    /// every accepted invocation gives what ArgumentParser gives.
    init?(plainArguments arguments: some Sequence<String>) {
        self.init()
        var tokens = arguments.makeIterator()
        var next = tokens.next()
        if next == "build" { next = tokens.next() }
        var seen: [String] = []
        while let name = next {
            guard name.hasPrefix("--"), !seen.contains(name) else { return nil }
            seen.append(name)
            switch name {
            case "--strict": strict = true
            case "--allow-errors": allowErrors = true
            case "--quiet": quiet = true
            case "--timings": timings = true
            default:
                guard let value = tokens.next(), !value.isEmpty, !value.hasPrefix("-"),
                      set(name, to: value) else { return nil }
            }
            next = tokens.next()
        }
    }

    /// Sets the option `name` (`--publication` …) to `value`; false for an unknown name or a value
    /// the option does not take.
    private mutating func set(_ name: String, to value: String) -> Bool {
        switch name {
        case "--publication": publication = value
        case "--reference": reference = value
        case "--aliases": aliases = value
        case "--voorlopers": voorlopers = value
        case "--region-aliases": regionAliases = value
        case "--acknowledged": acknowledged = value
        case "--output": output = value
        case "--sqlite": sqlite = value
        case "--previous": previous = value
        case "--csv-dialect":
            guard let forms = CSVOutputForms(rawValue: value) else { return false }
            csvDialect = forms
        case "--lock-wait":
            guard let seconds = Double(value) else { return false }
            lockWait = seconds
        default: return false
        }
        return true
    }
}
