/// The constraints of a Table Schema field; absent ones are left out of the JSON.
public struct FieldConstraints: Encodable, Hashable, Sendable {
    public var required: Bool?
    public var unique: Bool?
    public var `enum`: [String]?
    public var pattern: String?
    public var minimum: Int?

    public init(required: Bool? = nil, unique: Bool? = nil, enum values: [String]? = nil,
                pattern: String? = nil, minimum: Int? = nil) {
        self.required = required
        self.unique = unique
        self.enum = values
        self.pattern = pattern
        self.minimum = minimum
    }

    /// A required field.
    public static let required = FieldConstraints(required: true)
}
