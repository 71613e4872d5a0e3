/// A JSON value whose content is still being collected: an object's entries (written in key
/// order once complete), a deferred array's elements, or one value. Values are kept unencoded.
///
/// Its properties skip run-time exclusivity checks: they are touched for every value written,
/// only by the writer and its containers, one at a time.
final class JSONNode {
    /// What the node holds.
    enum Kind {
        case unset
        case object
        /// An array whose elements are collected (nested and super containers).
        case array
        /// An array whose elements are written as they come (the container of a value being written).
        case liveArray
        case single
    }

    /// One value of a container, as handed to the encoder.
    enum Payload {
        case null
        case bool(Bool)
        case int(Int64)
        case uint(UInt64)
        case float(Float)
        case double(Double)
        case string(String)
        case value(any Encodable)
        case node(JSONNode)
    }

    /// One entry of an object. A struct, not a tuple: generic containers append these, and a
    /// tuple type's metadata would be looked up at run time on every append.
    struct Entry {
        var key: String
        var payload: Payload
    }

    @exclusivity(unchecked) var kind = Kind.unset
    /// Object entries in the order they were encoded.
    @exclusivity(unchecked) var entries: [Entry] = []
    /// The key type of an object's container, to reuse the sort order of its keys.
    @exclusivity(unchecked) var keyType: ObjectIdentifier?
    /// The elements of a deferred array.
    @exclusivity(unchecked) var elements: [Payload] = []
    /// The value of a single-value container.
    @exclusivity(unchecked) var single: Payload?
    /// Elements written so far, for a live array.
    @exclusivity(unchecked) var liveCount = 0
    /// A live array's nested container, written before the next element (or the closing bracket).
    @exclusivity(unchecked) var pending: JSONNode?

    func reset() {
        kind = .unset
        entries.removeAll(keepingCapacity: true)
        keyType = nil
        elements.removeAll(keepingCapacity: true)
        single = nil
        liveCount = 0
        pending = nil
    }
}
