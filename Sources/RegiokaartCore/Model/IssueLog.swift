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
    /// How many findings of each severity the log holds, counted as they are recorded.
    private var counts = SeverityCounts()
    /// How many of them are acknowledged, counted as they are acknowledged.
    private var acknowledgedCounts = SeverityCounts()

    init() {}

    /// Records one finding, about the region at index `region` if given.
    mutating func record(_ issue: Issue, region: Int? = nil) {
        counts[issue.severity] += 1
        if issue.isAcknowledged { acknowledgedCounts[issue.severity] += 1 }
        if chunks.isEmpty || chunks[chunks.count - 1].count >= Self.chunkSize {
            var chunk: [Entry] = []
            // The first chunk grows as needed (most logs are small); the next ones are sized at once.
            if !chunks.isEmpty { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(Entry(issue: issue, region: region))
    }

    /// Records every finding of `other` after these; `regionOffset` is added to their region indices
    /// (`other` was made on a dataset of the regions from that index on). The findings are recorded
    /// into this log's own chunks, each filled before the next is made: `other`'s chunks, grown by
    /// doubling, would keep their unused room to the end of the run.
    mutating func append(contentsOf other: IssueLog, regionOffset: Int = 0) {
        for c in other.chunks.indices {
            for e in other.chunks[c].indices {
                record(other.chunks[c][e].issue, region: other.chunks[c][e].region.map { $0 + regionOffset })
            }
        }
    }

    /// The number of findings of `severity`.
    public func count(_ severity: Severity) -> Int {
        counts[severity]
    }

    /// The number of findings of `severity` that are (or are not) acknowledged.
    public func count(_ severity: Severity, acknowledged: Bool) -> Int {
        acknowledged ? acknowledgedCounts[severity] : counts[severity] - acknowledgedCounts[severity]
    }

    /// Sets each finding's `acknowledgement` to what `note` returns for it, when that is not nil.
    /// `note` sees the finding with its region id filled in from `regionIDs` (as `issues(regionIDs:)`
    /// gives it); the log keeps only the acknowledgement.
    mutating func acknowledge(regionIDs: [String], _ note: (Issue) -> String?) {
        for c in chunks.indices {
            for e in chunks[c].indices {
                let issue = Self.filled(chunks[c][e].issue, chunks[c][e].region, regionIDs)
                guard let note = note(issue) else { continue }
                if !issue.isAcknowledged { acknowledgedCounts[issue.severity] += 1 }
                chunks[c][e].issue.acknowledgement = note
            }
        }
    }

    /// Findings in the order they were made, region ids filled in from `regionIDs` (indexed like the regions).
    func issues(regionIDs: [String] = []) -> [Issue] {
        var issues: [Issue] = []
        issues.reserveCapacity(counts[.error] + counts[.warning] + counts[.info])
        for c in chunks.indices {
            for e in chunks[c].indices { issues.append(Self.filled(chunks[c][e].issue, chunks[c][e].region, regionIDs)) }
        }
        return issues
    }

    /// Where the findings of `severities[0]` are in the log, then those of `severities[1]`, and so on,
    /// each in the order they were made: positions for `finding(at:regionIDs:)`.
    func positions(by severities: [Severity]) -> [UInt32] {
        var positions: [UInt32] = []
        positions.reserveCapacity(severities.reduce(0) { $0 + counts[$1] })
        for severity in severities where counts[severity] > 0 {
            for c in chunks.indices {
                for e in chunks[c].indices where chunks[c][e].issue.severity == severity {
                    positions.append(UInt32(c * Self.chunkSize + e))
                }
            }
        }
        return positions
    }

    /// What `value` reads of the finding at `position` (from `positions(by:)`) as recorded, its region
    /// id not filled in: read in place, without a copy of the finding.
    func recorded<Value>(at position: Int, _ value: (Issue) -> Value) -> Value {
        value(chunks[position / Self.chunkSize][position % Self.chunkSize].issue)
    }

    /// The finding at `position` (from `positions(by:)`), its region id filled in as `issues(regionIDs:)` does.
    func finding(at position: Int, regionIDs: [String]) -> Issue {
        let entry = chunks[position / Self.chunkSize][position % Self.chunkSize]
        return Self.filled(entry.issue, entry.region, regionIDs)
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
