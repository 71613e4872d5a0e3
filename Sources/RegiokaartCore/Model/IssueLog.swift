/// The data-quality report as it is being built: every stage appends what it changed or doubted.
///
/// Findings about a region are kept with the region's index, because ids are only assigned part-way
/// through the pipeline; `issues(regionIDs:)` fills them in at the end.
public struct IssueLog: Sendable {
    /// A finding and the index of the region it is about (a struct, not a tuple: a tuple's copies
    /// went through the runtime's generic witnesses).
    private struct Entry {
        var issue: Issue
        var region: Int?
    }
    /// The findings in order, in chunks of at most `chunkSize`: an archive's 100 000 findings in one
    /// array grown by doubling would hold old and new storage at once at the run's peak memory.
    private var chunks: [[Entry]] = []
    private static let chunkSize = 4096

    init() {}

    /// Records one finding, about the region at index `region` if given.
    mutating func record(_ issue: Issue, region: Int? = nil) {
        if chunks.isEmpty || chunks[chunks.count - 1].count >= Self.chunkSize {
            var chunk: [Entry] = []
            // The first chunk grows as needed (most logs are small); the next ones are sized at once.
            if !chunks.isEmpty { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(Entry(issue: issue, region: region))
    }

    /// Records every finding of `other` after these; `regionOffset` is added to their region indices
    /// (`other` was made on a dataset of the regions from that index on).
    mutating func append(contentsOf other: IssueLog, regionOffset: Int = 0) {
        for chunk in other.chunks {
            for entry in chunk { record(entry.issue, region: entry.region.map { $0 + regionOffset }) }
        }
    }

    /// The number of findings of `severity`.
    public func count(_ severity: Severity) -> Int {
        chunks.reduce(0) { total, chunk in total + chunk.reduce(0) { $0 + ($1.issue.severity == severity ? 1 : 0) } }
    }

    /// The number of findings of `severity` that are (or are not) acknowledged.
    public func count(_ severity: Severity, acknowledged: Bool) -> Int {
        chunks.reduce(0) { total, chunk in
            total + chunk.reduce(0) { $0 + ($1.issue.severity == severity && $1.issue.isAcknowledged == acknowledged ? 1 : 0) }
        }
    }

    /// Sets each finding's `acknowledgement` to what `note` returns for it, when that is not nil.
    /// `note` sees the finding with its region id filled in from `regionIDs` (as `issues(regionIDs:)`
    /// gives it); the log keeps only the acknowledgement.
    mutating func acknowledge(regionIDs: [String], _ note: (Issue) -> String?) {
        for c in chunks.indices {
            for e in chunks[c].indices {
                var issue = chunks[c][e].issue
                if let index = chunks[c][e].region, index < regionIDs.count, issue.regionID == nil {
                    issue.regionID = regionIDs[index]
                }
                if let note = note(issue) { chunks[c][e].issue.acknowledgement = note }
            }
        }
    }

    /// Findings in the order they were made, region ids filled in from `regionIDs` (indexed like the regions).
    func issues(regionIDs: [String] = []) -> [Issue] {
        var issues: [Issue] = []
        issues.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks {
            for k in chunk.indices { issues.append(Self.filled(chunk[k].issue, chunk[k].region, regionIDs)) }
        }
        return issues
    }

    /// The findings of `severities[0]` first, then those of `severities[1]`, and so on, each in the
    /// order they were made; region ids filled in as `issues(regionIDs:)` does. One array sized once:
    /// a large archive's findings, copied and then partitioned, were a peak of their own.
    func issues(regionIDs: [String] = [], by severities: [Severity]) -> [Issue] {
        var count = 0
        for severity in severities { count += self.count(severity) }
        var issues: [Issue] = []
        issues.reserveCapacity(count)
        for severity in severities {
            for chunk in chunks {
                for k in chunk.indices where chunk[k].issue.severity == severity {
                    issues.append(Self.filled(chunk[k].issue, chunk[k].region, regionIDs))
                }
            }
        }
        return issues
    }

    /// `issue` with its region id filled in from `regionIDs` (`region` indexes them), unless it has one.
    private static func filled(_ issue: Issue, _ region: Int?, _ regionIDs: [String]) -> Issue {
        var issue = issue
        if let index = region, index < regionIDs.count, issue.regionID == nil {
            issue.regionID = regionIDs[index]
        }
        return issue
    }
}
