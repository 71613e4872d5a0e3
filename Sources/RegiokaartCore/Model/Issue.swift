/// One entry of the data-quality report: a correction the pipeline made or a doubt it could not settle.
public struct Issue: Hashable, Sendable, Codable {
    /// How serious the finding is.
    public var severity: Severity
    /// A stable, dotted code such as `municipality.fuzzy_match`; see `IssueCode`.
    public var code: String
    /// The region the finding belongs to, if any.
    public var regionID: String?
    /// The field of the region the finding is about (`name`, `municipalities`, `figures.students`, …).
    var field: String?
    /// The value as found in the source.
    var rawValue: String?
    /// The value the pipeline made of it, if it made one.
    var resultValue: String?
    /// Where the raw value was read.
    public var location: SourceLocation?
    /// A sentence for the data steward.
    public var message: String
    /// The steward's note when a row of the acknowledgements table matched the finding (`""` for a
    /// row without note); nil when the finding is not acknowledged. An acknowledged finding keeps
    /// its severity but does not count for `--strict`.
    var acknowledgement: String? = nil

    /// True when the steward has acknowledged the finding.
    public var isAcknowledged: Bool { acknowledgement != nil }

    init(_ severity: Severity, _ code: IssueCode, regionID: String? = nil, field: String? = nil,
         raw: String? = nil, result: String? = nil, at location: SourceLocation? = nil,
         _ message: String) {
        self.severity = severity
        self.code = code.rawValue
        self.regionID = regionID
        self.field = field
        self.rawValue = raw
        self.resultValue = result
        self.location = location
        self.message = message
    }

    /// A raw value printed over several source lines, as a finding records it: the lines separated
    /// by `|` (the list separator of every cell), never by a line break, which no CSV cell may hold.
    /// The finding's location and message name the lines.
    static func rawLines(_ lines: [String]) -> String {
        lines.joined(separator: "|")
    }
}
