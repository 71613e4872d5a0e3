import ArgumentParser
import RegiokaartCore

/// `--csv-dialect both|rfc4180|excel-nl`.
extension CSVOutputForms: ExpressibleByArgument {
    /// The raw values, as ArgumentParser's default gives them; written out because the default goes
    /// through a key path that is built anew each of the six times a `build` run reflects the command
    /// (scripts/BENCHMARKS.md, argstart).
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
}
