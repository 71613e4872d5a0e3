/// The data-quality report as it is being built: every stage appends what it changed or doubted.
///
/// Findings about a region are kept with the region's index, because ids are only assigned part-way
/// through the pipeline; `issues(regionIDs:)` fills them in at the end.
public struct IssueLog: Sendable {
    private var entries: [(issue: Issue, region: Int?)] = []

    public init() {}

    /// Records one finding, about the region at index `region` if given.
    public mutating func record(_ issue: Issue, region: Int? = nil) {
        entries.append((issue, region))
    }

    /// Records every finding of `other` after these.
    public mutating func append(contentsOf other: IssueLog) {
        entries.append(contentsOf: other.entries)
    }

    /// The number of findings of `severity`.
    public func count(_ severity: Severity) -> Int {
        entries.reduce(0) { $0 + ($1.issue.severity == severity ? 1 : 0) }
    }

    /// Findings in the order they were made, region ids filled in from `regionIDs` (indexed like the regions).
    public func issues(regionIDs: [String] = []) -> [Issue] {
        entries.map { entry in
            var issue = entry.issue
            if let index = entry.region, index < regionIDs.count, issue.regionID == nil {
                issue.regionID = regionIDs[index]
            }
            return issue
        }
    }
}
