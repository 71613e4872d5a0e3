/// The constraints of a Table Schema field; absent ones are left out of the JSON.
struct FieldConstraints: Encodable, Hashable, Sendable {
    var required: Bool?
    var unique: Bool?
    var `enum`: [String]?
    var pattern: String?
    var minimum: Int?

    init(required: Bool? = nil, unique: Bool? = nil, enum values: [String]? = nil,
         pattern: String? = nil, minimum: Int? = nil) {
        self.required = required
        self.unique = unique
        self.enum = values
        self.pattern = pattern
        self.minimum = minimum
    }

    /// A required field.
    static let required = FieldConstraints(required: true)
}
