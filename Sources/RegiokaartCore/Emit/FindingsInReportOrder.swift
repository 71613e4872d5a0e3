/// A dataset's findings in report order (`DatasetRenderer.reportOrder`): by severity, errors first,
/// otherwise in the order the pipeline found them, region ids filled in. Read from the log where
/// they are, by position: every file that lists the findings reads this one value, and a copy of an
/// archive's findings was ~10 MB of the writing's peak.
struct FindingsInReportOrder: RandomAccessCollection, Sendable {
    private let log: IssueLog
    /// The region ids the findings' region indices point at.
    private let regionIDs: [String]
    /// The findings' positions in `log`, in report order.
    private let positions: [UInt32]

    /// The findings of `log` in report order, region ids filled in from `regionIDs` (indexed like the regions).
    init(_ log: IssueLog, regionIDs: [String]) {
        self.log = log
        self.regionIDs = regionIDs
        positions = log.positions(by: Severity.allCases)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(index: Int) -> Issue {
        log.finding(at: Int(positions[index]), regionIDs: regionIDs)
    }

    /// What `value` reads of finding `index` without its region id (its severity, code, acknowledgement):
    /// read in place, where `self[index]` makes a copy of the finding with its id.
    func recorded<Value>(_ index: Int, _ value: (RecordedFinding) -> Value) -> Value {
        log.recorded(at: Int(positions[index]), value)
    }
}
