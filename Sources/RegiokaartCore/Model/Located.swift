/// A value together with the place in the source it was read from.
struct Located<Value>: Sendable where Value: Sendable {
    var value: Value
    var location: SourceLocation

    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}

extension Located: Hashable where Value: Hashable {}
