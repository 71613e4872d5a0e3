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

    @Option(help: "The output folder; replaced as a whole when the run publishes.")
    var output = BuildConfiguration.defaultOutput

    @Flag(help: "Count warnings as errors.")
    var strict = false

    @Flag(help: "Publish even with error-level findings (they stay in the report, unmatched names stay raw).")
    var allowErrors = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    /// How many blocking findings a rejected run prints on stderr.
    static let findingsShown = 20

    func run() throws {
        let configuration = BuildConfiguration(publicationPath: publication, referenceDirectory: reference,
                                               aliasesPath: aliases, outputDirectory: output,
                                               strict: strict, allowErrors: allowErrors)
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
        let blocking = DatasetRenderer.reportOrder(result.dataset.issues)
            .filter { $0.severity == .error || (strict && $0.severity == .warning) }
        // A broken archive can hold thousands of findings: the terminal gets the first few, the report all.
        for issue in blocking.prefix(Self.findingsShown) {
            message += "  \(issue.location.map { "\($0): " } ?? "")\(issue.severity.rawValue) \(issue.code): \(issue.message)\n"
        }
        if blocking.count > Self.findingsShown {
            message += "  … and \(blocking.count - Self.findingsShown) more in the report\n"
        }
        message += "regiokaart: the previous \(output) is unchanged; this run's report is in \(result.destination)\n"
        FileHandle.standardError.write(Data(message.utf8))
        throw ExitStatus.rejected
    }
}
