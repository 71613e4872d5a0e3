/// A municipal merger (herindeling): a former municipality and the 2025 municipality that holds its territory.
struct Merger: Hashable, Sendable, Codable {
    var date: String
    var oldName: String
    var oldCode: String
    var newName: String
    var newCode: String

    init(date: String, oldName: String, oldCode: String, newName: String, newCode: String) {
        self.date = date
        self.oldName = oldName
        self.oldCode = oldCode
        self.newName = newName
        self.newCode = newCode
    }
}
