/// The data-quality report as it is being built: every stage appends what it changed or doubted.
///
/// Findings about a region are kept with the region's index, because ids are only assigned part-way
/// through the pipeline; `issues(regionIDs:)` fills them in at the end.
public struct IssueLog: Sendable {
    /// A finding as the log keeps it: 64 bytes where an `Issue` and its region index take 168, and an
    /// archive's 70 000 findings are live through the run's peak memory. A finding that does not fit
    /// (see `entry(_:region:)`) is kept whole in `spilled`.
    private struct Entry {
        var message: String
        var rawValue: String?
        var resultValue: String?
        /// The location's line; 0 without a location.
        var line: Int32
        /// The region index (≥ 0) or −1 for none; or, for a finding kept whole in `spilled`,
        /// −2 − its index there. One field for both: a spilled entry needs no region index (its
        /// `Spilled` has it), and a 61-byte entry is laid out in 64 bytes where 65 took 72.
        private var place: Int32
        /// 1 + the index of the location's file in `files`; 0 without a location.
        var file: UInt16
        /// 1 + the index of the finding's field in `fields`; 0 without a field.
        var field: UInt8
        var code: IssueCode
        var severity: Severity

        /// An entry about the region at index `region` (−1 for none) or, when `spill` is not −1,
        /// pointing at the finding at that index of `spilled` (`region` is then −1).
        init(message: String, rawValue: String?, resultValue: String?, line: Int32, region: Int32, spill: Int32,
             file: UInt16, field: UInt8, code: IssueCode, severity: Severity) {
            self.message = message
            self.rawValue = rawValue
            self.resultValue = resultValue
            self.line = line
            place = spill >= 0 ? -2 - spill : region
            self.file = file
            self.field = field
            self.code = code
            self.severity = severity
        }

        /// The index of the region the finding is about; −1 for none (and for a spilled entry).
        var region: Int32 {
            get { max(place, -1) }
            set { place = newValue }
        }

        /// The finding's index in `spilled` when it is kept whole there; −1 otherwise.
        var spill: Int32 { place <= -2 ? -2 - place : -1 }
    }

    /// A finding kept whole, with the index of the region it is about.
    private struct Spilled {
        var issue: Issue
        var region: Int?
    }

    /// The findings in order, in chunks of at most `chunkSize`: an archive's 100 000 findings in one
    /// array grown by doubling would hold old and new storage at once at the run's peak memory.
    private var chunks: [[Entry]] = []
    private static let chunkSize = 4096
    /// The findings no `Entry` holds: those that name their region themselves or are acknowledged,
    /// or whose code is no `IssueCode`, or whose line, region index, file or field does not fit an entry.
    private var spilled: [Spilled] = []
    /// The source files the entries' locations name (a log names a few).
    private var files: [String] = []
    /// The fields the entries name (a few dozen names such as `municipalities`).
    private var fields: [String] = []
    /// Each code's case, to keep a finding's code in one byte.
    private static let codes = Dictionary(uniqueKeysWithValues: IssueCode.allCases.map { ($0.rawValue, $0) })
    /// How many findings of each severity the log holds, counted as they are recorded.
    private var counts = SeverityCounts()
    /// How many of them are acknowledged, counted as they are acknowledged.
    private var acknowledgedCounts = SeverityCounts()

    init() {}

    /// Records one finding, about the region at index `region` if given.
    mutating func record(_ issue: Issue, region: Int? = nil) {
        counts[issue.severity] += 1
        if issue.isAcknowledged { acknowledgedCounts[issue.severity] += 1 }
        append(entry(issue, region: region))
    }

    /// Appends `entry` to the last chunk, or to a new one when that is full.
    private mutating func append(_ entry: Entry) {
        if chunks.isEmpty || chunks[chunks.count - 1].count >= Self.chunkSize {
            var chunk: [Entry] = []
            // The first chunk grows as needed (most logs are small); the next ones are sized at once.
            if !chunks.isEmpty { chunk.reserveCapacity(Self.chunkSize) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(entry)
    }

    /// `issue`, about the region at index `region`, as an entry: compact when it fits, else spilled.
    private mutating func entry(_ issue: Issue, region: Int?) -> Entry {
        if issue.regionID == nil, issue.acknowledgement == nil, Self.fits(region ?? 0), let code = Self.codes[issue.code],
           let (file, line) = compact(issue.location), let field = issue.field.map({ number(ofField: $0) }) ?? 0 {
            return Entry(message: issue.message, rawValue: issue.rawValue,
                         resultValue: issue.resultValue, line: line, region: region.map { Int32(truncatingIfNeeded: $0) } ?? -1, spill: -1,
                         file: file, field: field, code: code, severity: issue.severity)
        }
        return spill(issue, region: region)
    }

    /// An entry that points at `issue` kept whole in `spilled`.
    private mutating func spill(_ issue: Issue, region: Int?) -> Entry {
        spilled.append(Spilled(issue: issue, region: region))
        return Entry(message: "", rawValue: nil, resultValue: nil, line: 0, region: -1,
                     spill: Int32(spilled.count - 1), file: 0, field: 0, code: .cardSkippedLine, severity: issue.severity)
    }

    /// `location` as an entry's file number and line, or nil when it does not fit them.
    private mutating func compact(_ location: SourceLocation?) -> (UInt16, Int32)? {
        guard let location else { return (0, 0) }
        guard Self.fits(location.line), let file = number(of: location.file) else { return nil }
        return (file, Int32(truncatingIfNeeded: location.line))
    }

    /// True when `value` fits an entry's line or region index.
    private static func fits(_ value: Int) -> Bool {
        value >= 0 && value <= Int(Int32.max)
    }

    /// 1 + the index of `file` in `files`, added if new; nil when `files` is full.
    private mutating func number(of file: String) -> UInt16? {
        if let index = files.firstIndex(of: file) { return UInt16(index + 1) }
        guard files.count < Int(UInt16.max) else { return nil }
        files.append(file)
        return UInt16(files.count)
    }

    /// 1 + the index of `field` in `fields`, added if new; nil when `fields` is full.
    private mutating func number(ofField field: String) -> UInt8? {
        if let index = fields.firstIndex(of: field) { return UInt8(index + 1) }
        guard fields.count < Int(UInt8.max) else { return nil }
        fields.append(field)
        return UInt8(fields.count)
    }

    /// The finding `entry` holds, its region id not filled in, and the index of its region.
    private func unpacked(_ entry: Entry) -> (issue: Issue, region: Int?) {
        if entry.spill >= 0 {
            let spilled = spilled[Int(entry.spill)]
            return (spilled.issue, spilled.region)
        }
        let location = entry.file == 0 ? nil : SourceLocation(file: files[Int(entry.file) - 1], line: Int(entry.line))
        let field = entry.field == 0 ? nil : fields[Int(entry.field) - 1]
        let issue = Issue(entry.severity, entry.code, field: field, raw: entry.rawValue,
                          result: entry.resultValue, at: location, entry.message)
        return (issue, entry.region < 0 ? nil : Int(entry.region))
    }

    /// Records every finding of `other` after these; `regionOffset` is added to their region indices
    /// (`other` was made on a dataset of the regions from that index on). The findings are recorded
    /// into this log's own chunks, each filled before the next is made: `other`'s chunks, grown by
    /// doubling, would keep their unused room to the end of the run.
    mutating func append(contentsOf other: IssueLog, regionOffset: Int = 0) {
        // This log's number of each of `other`'s files, looked up once per file rather than per finding.
        let fileNumbers = other.files.map { number(of: $0) }, fieldNumbers = other.fields.map { number(ofField: $0) }
        for c in other.chunks.indices {
            for e in other.chunks[c].indices {
                let entry = other.chunks[c][e]
                if entry.spill < 0, let moved = moved(entry, fileNumbers: fileNumbers, fieldNumbers: fieldNumbers, regionOffset: regionOffset) {
                    counts[entry.severity] += 1
                    append(moved)
                } else {
                    let (issue, region) = other.unpacked(entry)
                    record(issue, region: region.map { $0 + regionOffset })
                }
            }
        }
    }

    /// `entry` of another log as an entry of this one, its file and field renumbered by `fileNumbers`
    /// and `fieldNumbers` (this log's number of each of the other's) and its region index moved by
    /// `regionOffset`; nil when it does not fit one.
    private func moved(_ entry: Entry, fileNumbers: [UInt16?], fieldNumbers: [UInt8?], regionOffset: Int) -> Entry? {
        var moved = entry
        if entry.region >= 0 {
            guard Self.fits(Int(entry.region) + regionOffset) else { return nil }
            moved.region = Int32(truncatingIfNeeded: Int(entry.region) + regionOffset)
        }
        if entry.file > 0 {
            guard let file = fileNumbers[Int(entry.file) - 1] else { return nil }
            moved.file = file
        }
        if entry.field > 0 {
            guard let field = fieldNumbers[Int(entry.field) - 1] else { return nil }
            moved.field = field
        }
        return moved
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
                let (recorded, region) = unpacked(chunks[c][e])
                let issue = Self.filled(recorded, region, regionIDs)
                guard let note = note(issue) else { continue }
                if !issue.isAcknowledged { acknowledgedCounts[issue.severity] += 1 }
                var acknowledged = recorded
                acknowledged.acknowledgement = note
                if chunks[c][e].spill >= 0 {
                    spilled[Int(chunks[c][e].spill)].issue = acknowledged
                } else {
                    chunks[c][e] = spill(acknowledged, region: region)
                }
            }
        }
    }

    /// Findings in the order they were made, region ids filled in from `regionIDs` (indexed like the regions).
    func issues(regionIDs: [String] = []) -> [Issue] {
        var issues: [Issue] = []
        issues.reserveCapacity(counts[.error] + counts[.warning] + counts[.info])
        for c in chunks.indices {
            for e in chunks[c].indices {
                let (issue, region) = unpacked(chunks[c][e])
                issues.append(Self.filled(issue, region, regionIDs))
            }
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
                for e in chunks[c].indices where chunks[c][e].severity == severity {
                    positions.append(UInt32(c * Self.chunkSize + e))
                }
            }
        }
        return positions
    }

    /// What `value` reads of the finding at `position` (from `positions(by:)`): read in place,
    /// without rebuilding the finding.
    func recorded<Value>(at position: Int, _ value: (RecordedFinding) -> Value) -> Value {
        let entry = chunks[position / Self.chunkSize][position % Self.chunkSize]
        guard entry.spill < 0 else {
            let issue = spilled[Int(entry.spill)].issue
            return value(RecordedFinding(severity: issue.severity, code: issue.code, isAcknowledged: issue.isAcknowledged))
        }
        // An entry is never acknowledged: an acknowledged finding is spilled.
        return value(RecordedFinding(severity: entry.severity, code: entry.code.rawValue, isAcknowledged: false))
    }

    /// The finding at `position` (from `positions(by:)`), its region id filled in as `issues(regionIDs:)` does.
    func finding(at position: Int, regionIDs: [String]) -> Issue {
        let (issue, region) = unpacked(chunks[position / Self.chunkSize][position % Self.chunkSize])
        return Self.filled(issue, region, regionIDs)
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
