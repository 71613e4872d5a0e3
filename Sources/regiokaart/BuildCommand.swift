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

    @Flag(name: .shortAndLong, help: "Print nothing but errors (and the changes, with --previous).")
    var quiet = false

    @Option(help: "A previous output folder (it may be --output itself): print what changed since, exit 3 when anything did.")
    var previous: String?

    @Option(help: "Seconds to wait when another run holds the output folder's lock (default: fail at once, exit 5).")
    var lockWait: Double = 0

    func run() throws {
        var configuration = BuildConfiguration(publicationPath: publication, referenceDirectory: reference,
                                               aliasesPath: aliases, outputDirectory: output,
                                               strict: strict, allowErrors: allowErrors)
        configuration.previousDirectory = previous
        configuration.lockWait = lockWait
        let result: BuildResult
        do {
            result = try BuildJob.run(configuration) { FileHandle.standardError.write(Data("regiokaart: \($0)\n".utf8)) }
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            throw ExitStatus.code(for: error)
        }
        let log = result.dataset.log
        let pairs = result.dataset.regions.reduce(0) { $0 + $1.municipalities.count }
        let summary = "\(result.dataset.regions.count) regions, \(pairs) region-municipality pairs; "
            + "\(log.count(.error)) errors, \(log.count(.warning)) warnings, \(log.count(.info)) corrections"
        if result.published {
            if !quiet { print("regiokaart: published to \(output): \(summary)") }
            if let changes = result.changes, let previous {
                let old = URL(fileURLWithPath: previous).standardizedFileURL == URL(fileURLWithPath: output).standardizedFileURL
                    ? "the previous \(output)" : previous
                print(DiffReport.text(changes, old: old, new: "this run"), terminator: "")
                if !changes.isEmpty { throw ExitStatus.changed }
            }
            return
        }
        var message = "regiokaart: NOT published (\(result.blockingCount) blocking findings\(strict ? ", warnings count under --strict" : "")): \(summary)\n"
        let blocking = DatasetRenderer.reportOrder(result.dataset.issues)
            .filter { $0.severity == .error || (strict && $0.severity == .warning) }
        // At most 20 here, so that a hostile input cannot flood the cron mail; the report has them all.
        for issue in blocking.prefix(20) {
            message += "  \(issue.location.map { "\($0): " } ?? "")\(issue.severity.rawValue) \(issue.code): \(issue.message)\n"
        }
        if blocking.count > 20 { message += "  … and \(blocking.count - 20) more in \(result.destination)/issues.csv\n" }
        message += "regiokaart: the previous \(output) is unchanged; this run's report is in \(result.destination)\n"
        FileHandle.standardError.write(Data(message.utf8))
        throw ExitStatus.rejected
    }
}
