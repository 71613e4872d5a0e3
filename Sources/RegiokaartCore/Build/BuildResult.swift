import Foundation

/// What a build did.
public struct BuildResult: Sendable {
    /// The finished dataset and its report, as the outputs read it (`Dataset.dropStepState()`: of each
    /// region's area only the unresolved entries).
    public var dataset: Dataset
    /// True when the outputs were put in place.
    public var published: Bool
    /// Where the outputs (or, for a rejected run, the report) went.
    public var destination: String
    /// Error-level findings (warnings included under `--strict`) that blocked publication.
    public var blockingCount: Int
    /// The reference data the build used.
    public var reference: ReferenceData? = nil
    /// The files written into `destination`, relative to it.
    public var files: [String] = []
    /// The changes since `previousDirectory`, when one was given and the run published.
    public var changes: DatasetDiff? = nil
    /// The findings new since the previous run (in report order), or nil when there was no previous
    /// `issues.json` to compare with (`NewFindings`).
    public var newFindings: [Issue]? = nil
    /// The folder whose `issues.json` was the baseline for `newFindings`.
    public var findingsBaseline: String? = nil
    /// What the build made on its background thread for the steps and the renderers (the matchers,
    /// the map shapes): kept here so that a command about to exit can leave them to the system with
    /// the rest of the result, where releasing them cost ~2 M instructions after the last file was
    /// on disk.
    var madeInBackground: [any AnyObject & Sendable] = []
}
