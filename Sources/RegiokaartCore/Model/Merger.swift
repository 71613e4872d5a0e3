/// A municipal merger (herindeling): a former municipality and the 2025 municipality that holds its territory.
public struct Merger: Hashable, Sendable, Codable {
    public var date: String
    public var oldName: String
    public var oldCode: String
    public var newName: String
    public var newCode: String

    public init(date: String, oldName: String, oldCode: String, newName: String, newCode: String) {
        self.date = date
        self.oldName = oldName
        self.oldCode = oldCode
        self.newName = newName
        self.newCode = newCode
    }
}
