import Testing
@testable import regiokaart
@testable import RegiokaartCore

/// The plain build invocations `Regiokaart.main()` reads without ArgumentParser: each must give
/// exactly what ArgumentParser gives, and everything else must be left to ArgumentParser.
@Suite struct BuildOptionsTests {
    /// What ArgumentParser makes of `arguments`: the build command's options, or nil when it is not
    /// a build command or not valid.
    static func parsed(_ arguments: [String]) -> BuildOptions? {
        (try? Regiokaart.parseAsRoot(arguments) as? BuildCommand)?.options
    }

    static let accepted: [[String]] = [
        [],
        ["build"],
        ["build", "--quiet", "--allow-errors", "--output", "/tmp/cold"],
        ["--quiet", "--allow-errors", "--timings", "--publication", "/tmp/corpus-1000.txt", "--output", "/tmp/o1k"],
        ["build", "--strict", "--csv-dialect", "excel-nl", "--lock-wait", "2.5", "--sqlite", "runs.db"],
        ["--previous", "Output", "--voorlopers", "news.txt", "--region-aliases", "r.csv", "--acknowledged", "a.csv",
         "--aliases", "m.csv", "--reference", "ref", "--csv-dialect", "rfc4180", "--lock-wait", "0"],
        ["--output", "build"],
        ["--output", "Ünïcode map/uitvoer"],
        ["--lock-wait", "1e1", "--csv-dialect", "both"],
    ]

    /// Left to ArgumentParser: help, other subcommands, other spellings, repeats, odd values.
    static let declined: [[String]] = [
        ["--help"], ["-h"], ["build", "--help"], ["help"], ["explain", "region.unmatched"],
        ["diff", "a", "b"], ["where", "Zwolle"], ["-q"], ["--output=/tmp/x"], ["--output"],
        ["--output", ""], ["--output", "-x"], ["--quiet", "--quiet"], ["--output", "a", "--output", "b"],
        ["--csv-dialect", "tsv"], ["--lock-wait", "soon"], ["--lock-wait", "-1"], ["--unknown"],
        ["build", "build"], ["Output"], ["--", "--quiet"], ["--quiet", "extra"],
    ]

    @Test(arguments: accepted)
    func aPlainInvocationGivesWhatArgumentParserGives(_ arguments: [String]) throws {
        let plain = try #require(BuildOptions(plainArguments: arguments))
        #expect(plain == Self.parsed(arguments))
    }

    @Test(arguments: declined)
    func anythingElseIsLeftToArgumentParser(_ arguments: [String]) {
        #expect(BuildOptions(plainArguments: arguments) == nil)
    }

    @Test func theOptionsRoundTripThroughTheCommand() throws {
        let options = try #require(BuildOptions(plainArguments: Self.accepted[5]))
        var command = BuildCommand()
        command.options = options
        #expect(command.options == options)
        #expect(BuildOptions(plainArguments: []) == BuildOptions())
    }
}
