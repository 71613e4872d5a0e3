/// One column of a Table Schema (Frictionless Data), with its English and Dutch title and description.
struct TableField: Encodable, Hashable, Sendable {
    /// The column name, as in the CSV header.
    var name: String
    /// The Table Schema type: `string` or `integer`.
    var type: String
    var title: String
    var description: String
    var titleNL: String
    var descriptionNL: String
    var constraints: FieldConstraints?

    enum CodingKeys: String, CodingKey {
        case name, type, title, description, constraints
        case titleNL = "title_nl"
        case descriptionNL = "description_nl"
    }

    /// A field named `name`; `en` and `nl` are (title, description).
    init(_ name: String, _ type: String = "string", en: (String, String), nl: (String, String),
         _ constraints: FieldConstraints? = nil) {
        self.name = name
        self.type = type
        self.title = en.0
        self.description = en.1
        self.titleNL = nl.0
        self.descriptionNL = nl.1
        self.constraints = constraints
    }
}
