import ArgumentParser
import Foundation
import RegiokaartCore

/// `regiokaart build`: the main job, `Input/` → `Output/`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the dataset from the publication and publish it to the output folder."
    )

    @Option(help: "The scraped publication, text or HTML.")
    var publication = BuildConfiguration.defaultPublication

    @Option(help: "The reference folder (CBS municipalities, provinces, mergers, centroids).")
    var reference = BuildConfiguration.defaultReference

    @Option(help: "The steward's alias table (name,code,note); skipped when absent.")
    var aliases = BuildConfiguration.defaultAliases

    @Option(help: "The voorlopers article (default: Input/news-2023-07-voorlopers.txt, skipped with a warning when absent; a named file must exist).")
    var voorlopers: String?

    @Option(help: "The steward's region alias table (mention,region_id,note); skipped when absent.")
    var regionAliases = BuildConfiguration.defaultRegionAliases

    @Option(help: "The output folder; replaced as a whole when the run publishes.")
    var output = BuildConfiguration.defaultOutput

    @Flag(help: "Count warnings as errors.")
    var strict = false

    @Flag(help: "Publish even with error-level findings (they stay in the report, unmatched names stay raw).")
    var allowErrors = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        var configuration = BuildConfiguration(publicationPath: publication, referenceDirectory: reference,
                                               aliasesPath: aliases, outputDirectory: output,
                                               strict: strict, allowErrors: allowErrors)
        configuration.voorlopersPath = voorlopers ?? BuildConfiguration.defaultVoorlopers
        configuration.requireVoorlopers = voorlopers != nil
        configuration.regionAliasesPath = regionAliases
        let result: BuildResult
        do {
            result = try BuildJob.run(configuration)
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            throw error.kind == .outputNotWritable ? ExitStatus.outputFailure : ExitStatus.unusableInput
        }
        let log = result.dataset.log
        let pairs = result.dataset.regions.reduce(0) { $0 + $1.municipalities.count }
        let summary = "\(result.dataset.regions.count) regions, \(pairs) region-municipality pairs; "
            + "\(log.count(.error)) errors, \(log.count(.warning)) warnings, \(log.count(.info)) corrections"
        if result.published {
            if !quiet { print("regiokaart: published to \(output): \(summary)") }
            return
        }
        var message = "regiokaart: NOT published (\(result.blockingCount) blocking findings\(strict ? ", warnings count under --strict" : "")): \(summary)\n"
        for issue in DatasetRenderer.reportOrder(result.dataset.issues)
        where issue.severity == .error || (strict && issue.severity == .warning) {
            message += "  \(issue.location.map { "\($0): " } ?? "")\(issue.severity.rawValue) \(issue.code): \(issue.message)\n"
        }
        message += "regiokaart: the previous \(output) is unchanged; this run's report is in \(result.destination)\n"
        FileHandle.standardError.write(Data(message.utf8))
        throw ExitStatus.rejected
    }
}
