/// The parts of a build that make it safe to run unattended: cleaning up after an interrupted run
/// and comparing with the previous output (`build --previous`).
extension BuildJob {
    /// Cleans up what an interrupted run left beside the output folder and its `.failed` sibling,
    /// and lists the outputs earlier runs replaced, for this run to remove. Call only while holding
    /// the output's `OutputLock`.
    static func recoverLeftovers(_ configuration: BuildConfiguration) -> OutputPublisher.Leftovers {
        OutputPublisher.recoverLeftovers([configuration.outputDirectory, failedDirectory(for: configuration.outputDirectory)]
            .map { OutputPublisher(directory: $0) })
    }

    /// The previous dataset, read before anything is published (so `--previous` may name the output
    /// folder itself). A folder without `regions.json` is the first run: an empty dataset.
    static func previousSnapshot(_ configuration: BuildConfiguration) throws(InputError) -> DatasetSnapshot? {
        guard let directory = configuration.previousDirectory else { return nil }
        return try DatasetSnapshot.loadOrEmpty(directory: directory)
    }

    /// The changes from `previous` to `dataset`, or nil without a previous dataset.
    static func changes(since previous: DatasetSnapshot?, to dataset: Dataset) -> DatasetDiff? {
        guard let previous else { return nil }
        return DatasetDiff(old: previous.regions, new: DatasetSnapshot(origin: "", dataset: dataset).regions)
    }

    /// The folder whose `issues.json` tells which findings are new: `--previous`, else the output
    /// folder this run replaces.
    static func findingsBaselineDirectory(_ configuration: BuildConfiguration) -> String {
        configuration.previousDirectory ?? configuration.outputDirectory
    }

    /// The previous run's findings, read before anything is published: the baseline (nil on a first
    /// run) and, when the output folder's own `issues.json` is unreadable, the notice to give (a
    /// damaged report must not stop the nightly run; every finding then counts as new). A named
    /// `--previous` whose `issues.json` is unreadable is unusable input. Reads no configuration but
    /// `directory` and `isNamed`, so that it can run on another core.
    static func findingsBaseline(directory: String, isNamed: Bool) throws(InputError) -> (findings: NewFindings?, notice: String?) {
        do throws(InputError) {
            return (try NewFindings.load(directory: directory), nil)
        } catch {
            if isNamed { throw error }
            return (nil, "\(error); every finding counts as new")
        }
    }
}
