/// One row of the steward's acknowledgements table (`Input/corrections/acknowledged.csv`): a
/// finding the steward has reviewed and accepts, so that it no longer asks for attention.
struct Acknowledgement: Hashable, Sendable {
    /// The finding's code (`IssueCode`); required.
    var code: String
    /// The region the finding must be about; nil matches any region (and findings about none).
    var regionID: String?
    /// The finding's raw value, whitespace collapsed; nil matches any raw value.
    var rawValue: String?
    /// Why the steward accepts the finding.
    var note: String
    /// The row in the table.
    var location: SourceLocation

    init(code: String, regionID: String?, rawValue: String?, note: String, location: SourceLocation) {
        self.code = code
        self.regionID = regionID
        self.rawValue = rawValue.map(NameFolding.collapseWhitespace)
        self.note = note
        self.location = location
    }

    /// True when the row matches `issue`: the same code, and the same region id and raw value
    /// (whitespace collapsed on both sides) where the row gives them.
    func matches(_ issue: Issue) -> Bool {
        guard issue.code == code else { return false }
        if let regionID, issue.regionID != regionID { return false }
        if let rawValue {
            guard let raw = issue.rawValue, NameFolding.collapseWhitespace(raw) == rawValue else { return false }
        }
        return true
    }
}
