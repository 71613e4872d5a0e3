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

    @Option(help: "The steward's acknowledgements (code,region_id,raw_value,note): matched findings stay listed but do not count for --strict; skipped when absent.")
    var acknowledged = BuildConfiguration.defaultAcknowledgements

    @Option(help: "The output folder; replaced as a whole when the run publishes.")
    var output = BuildConfiguration.defaultOutput

    @Flag(help: "Count warnings as errors.")
    var strict = false

    @Flag(help: "Publish even with error-level findings (they stay in the report, unmatched names stay raw).")
    var allowErrors = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors (and the changes, with --previous).")
    var quiet = false

    @Option(help: "CSV forms: both (RFC 4180, plus excel-nl/ for Dutch spreadsheets), rfc4180 or excel-nl.")
    var csvDialect = CSVOutputForms.both

    @Option(help: "Also record the run in this SQLite database (dataset tables, plus the runs history).")
    var sqlite: String?

    @Option(help: "A previous output folder (it may be --output itself): print what changed since, exit 3 when anything did.")
    var previous: String?

    @Option(help: "Seconds to wait when another run holds the output folder's lock (default: fail at once, exit 5).")
    var lockWait: Double = 0

    @Flag(help: "Print the wall time of each build stage on standard error (for benchmarks and profiling).")
    var timings = false

    /// How many blocking findings a rejected run prints on stderr.
    static let findingsShown = 20

    func run() throws {
        let started = Date()
        var configuration = BuildConfiguration(publicationPath: publication, referenceDirectory: reference,
                                               aliasesPath: aliases, outputDirectory: output,
                                               strict: strict, allowErrors: allowErrors)
        configuration.csvForms = csvDialect
        configuration.previousDirectory = previous
        configuration.lockWait = lockWait
        configuration.voorlopersPath = voorlopers ?? BuildConfiguration.defaultVoorlopers
        configuration.requireVoorlopers = voorlopers != nil
        configuration.regionAliasesPath = regionAliases
        configuration.acknowledgementsPath = acknowledged
        let progress = ProgressLine.forStandardError(quiet: quiet, extraStages: sqlite == nil ? 0 : 1)
        let stageTimings = timings ? StageTimings() : nil
        if progress != nil || stageTimings != nil {
            configuration.progress = { @Sendable stage in
                stageTimings?.start(stage)
                progress?.stage(stage)
            }
        }
        defer { if let stageTimings { FileHandle.standardError.write(Data(stageTimings.report().utf8)) } }
        var recorder: RunRecorder?
        do {
            if let sqlite { recorder = try RunRecorder(path: sqlite, configuration: configuration, started: started) }
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            throw ExitStatus.outputFailure
        }
        let result: BuildResult
        do {
            result = try BuildJob.run(configuration) { FileHandle.standardError.write(Data("regiokaart: \($0)\n".utf8)) }
        } catch {
            progress?.finish()
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            if let recorder, let runID = recorder.recordFailure(error) {
                FileHandle.standardError.write(Data("regiokaart: recorded in \(recorder.database.path) as run \(runID) (status failed)\n".utf8))
            }
            throw ExitStatus.code(for: error)
        }
        LeftForExit.keep(result)  // the process ends after this command: no teardown of the dataset
        if let sqlite { progress?.show(step: BuildStage.allCases.count + 1, "recording the run in \(sqlite)") }
        let runID = recorder.flatMap { $0.record(result) }
        progress?.finish()
        if let recorder, runID == nil {
            FileHandle.standardError.write(Data("regiokaart: the outputs are in \(result.destination), but \(recorder.database.path) was left as it was\n".utf8))
            throw ExitStatus.outputFailure
        }
        let log = result.dataset.log
        let pairs = result.dataset.pairCount
        let summary = "\(result.dataset.regions.count) regions, \(pairs) region-municipality pairs; "
            + "\(log.count(.error)) errors, \(log.count(.warning)) warnings, \(log.count(.info)) corrections"
        if result.published {
            if !quiet {
                print(RunSummary(result: result, forms: csvDialect, databasePath: sqlite, runID: runID,
                                 seconds: Date().timeIntervalSince(started)).published, terminator: "")
            }
            if let changes = result.changes, let previous {
                let old = URL(fileURLWithPath: previous).standardizedFileURL == URL(fileURLWithPath: output).standardizedFileURL
                    ? "the previous \(output)" : previous
                print(DiffReport.text(changes, old: old, new: "this run"), terminator: "")
                if quiet { print(RunSummary.newFindingsLine(result), terminator: "") }  // else in the summary
                if !changes.isEmpty { throw ExitStatus.changed }
            }
            return
        }
        var message = "regiokaart: NOT published (\(result.blockingCount) blocking findings\(strict ? ", warnings count under --strict" : "")): \(summary)\n"
        let blocking = DatasetRenderer.reportOrder(result.dataset.issues)
            .filter { $0.severity == .error || (strict && $0.severity == .warning && !$0.isAcknowledged) }
        // A broken archive can hold thousands of findings: the terminal gets the first few, the report all.
        for issue in blocking.prefix(Self.findingsShown) {
            message += "  \(issue.location.map { "\($0): " } ?? "")\(issue.severity.rawValue) \(issue.code): \(issue.message)\n"
        }
        if blocking.count > Self.findingsShown {
            message += "  … and \(blocking.count - Self.findingsShown) more in \(result.destination)/issues.csv\n"
        }
        message += "regiokaart: the previous \(output) is unchanged; this run's report is in \(result.destination)\n"
        if let sqlite, let runID { message += "regiokaart: recorded in \(sqlite) as run \(runID) (status rejected; dataset tables unchanged)\n" }
        FileHandle.standardError.write(Data(message.utf8))
        throw ExitStatus.rejected
    }
}
