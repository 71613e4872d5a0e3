/// The `Encoder` that `JSONStreamWriter` hands to `encode(to:)`.
///
/// A live encoder stands for a value being written right now: its keyed container collects
/// entries for the writer to sort and write afterwards, its unkeyed container writes elements as
/// they come, its single-value container writes at once. A deferred encoder (`superEncoder`)
/// only collects, into a node written when its turn comes.
///
/// Encoders and containers hold their writer `unowned(unsafe)`: they live only while the writer
/// encodes (as with any `Encoder`, keeping one past `encode(to:)` is a misuse), and the reference
/// counting of a safe `unowned` showed up on every value.
final class StreamingEncoder: Encoder {
    unowned(unsafe) let writer: JSONStreamWriter
    let node: JSONNode
    /// Indentation level of the value.
    @exclusivity(unchecked) var level = 0
    let live: Bool

    init(writer: JSONStreamWriter, node: JSONNode = JSONNode(), live: Bool = true) {
        self.writer = writer
        self.node = node
        self.live = live
    }

    var codingPath: [any CodingKey] { writer.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        switch node.kind {
        case .unset:
            node.kind = .object
            node.keyType = ObjectIdentifier(Key.self)
        case .object:
            break
        default:
            preconditionFailure("Attempt to push new keyed encoding container when already previously encoded at this path.")
        }
        return KeyedEncodingContainer(StreamingKeyedContainer<Key>(writer: writer, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        switch (node.kind, live) {
        case (.unset, true): writer.openLiveArray(node)
        case (.unset, false): node.kind = .array
        case (.liveArray, true), (.array, false): break
        default: preconditionFailure("Attempt to push new unkeyed encoding container when already previously encoded at this path.")
        }
        return live ? LiveUnkeyedContainer(writer: writer, node: node, level: level) as any UnkeyedEncodingContainer
            : DeferredUnkeyedContainer(writer: writer, node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        self
    }
}

extension StreamingEncoder: SingleValueEncodingContainer {
    private func put(_ payload: JSONNode.Payload) throws {
        precondition(node.kind == .unset, "Attempt to encode value through single value container when previously value already encoded.")
        node.kind = .single
        if live { try writer.writePayload(payload, level: level) } else { node.single = payload }
    }

    func encodeNil() throws { try put(.null) }
    func encode(_ value: Bool) throws { try put(.bool(value)) }
    func encode(_ value: String) throws { try put(.string(value)) }
    func encode(_ value: Double) throws { try put(.double(value)) }
    func encode(_ value: Float) throws { try put(.float(value)) }
    func encode(_ value: Int) throws { try put(.int(Int64(value))) }
    func encode(_ value: Int8) throws { try put(.int(Int64(value))) }
    func encode(_ value: Int16) throws { try put(.int(Int64(value))) }
    func encode(_ value: Int32) throws { try put(.int(Int64(value))) }
    func encode(_ value: Int64) throws { try put(.int(value)) }
    func encode(_ value: UInt) throws { try put(.uint(UInt64(value))) }
    func encode(_ value: UInt8) throws { try put(.uint(UInt64(value))) }
    func encode(_ value: UInt16) throws { try put(.uint(UInt64(value))) }
    func encode(_ value: UInt32) throws { try put(.uint(UInt64(value))) }
    func encode(_ value: UInt64) throws { try put(.uint(value)) }
    func encode<T: Encodable>(_ value: T) throws { try put(.value(value)) }
}

/// Collects an object's entries into its node; the writer sorts and writes them.
struct StreamingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    unowned(unsafe) let writer: JSONStreamWriter
    let node: JSONNode

    var codingPath: [any CodingKey] { writer.codingPath }

    private func put(_ payload: JSONNode.Payload, _ key: Key) {
        node.entries.append(JSONNode.Entry(key: key.stringValue, payload: payload))
    }

    mutating func encodeNil(forKey key: Key) throws { put(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(.float(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(.int(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(.int(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.uint(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.uint(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(.value(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        child.kind = .object
        child.keyType = ObjectIdentifier(NestedKey.self)
        put(.node(child), key)
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(writer: writer, node: child))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.kind = .array
        put(.node(child), key)
        return DeferredUnkeyedContainer(writer: writer, node: child)
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(named: "super")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(named: key.stringValue)
    }

    private func superEncoder(named key: String) -> any Encoder {
        let child = JSONNode()
        node.entries.append(JSONNode.Entry(key: key, payload: .node(child)))
        return StreamingEncoder(writer: writer, node: child, live: false)
    }
}

/// The unkeyed container of a value being written: each element is written as it comes, so that a
/// large array (the regions of an archive) never sits in memory.
struct LiveUnkeyedContainer: UnkeyedEncodingContainer {
    unowned(unsafe) let writer: JSONStreamWriter
    let node: JSONNode
    let level: Int

    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { node.liveCount }

    private func put(_ payload: JSONNode.Payload) throws {
        try writer.beginLiveElement(node, level: level)
        writer.pushIndex(node.liveCount - 1)
        defer { writer.popPath() }
        try writer.writePayload(payload, level: level + 1)
    }

    mutating func encodeNil() throws { try put(.null) }
    mutating func encode(_ value: Bool) throws { try put(.bool(value)) }
    mutating func encode(_ value: String) throws { try put(.string(value)) }
    mutating func encode(_ value: Double) throws { try put(.double(value)) }
    mutating func encode(_ value: Float) throws { try put(.float(value)) }
    mutating func encode(_ value: Int) throws { try put(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { try put(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { try put(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { try put(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { try put(.int(value)) }
    mutating func encode(_ value: UInt) throws { try put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { try put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { try put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { try put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { try put(.uint(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.beginLiveElement(node, level: level)
        writer.pushIndex(node.liveCount - 1)
        defer { writer.popPath() }
        try writer.writeValue(value, level: level + 1)
    }

    /// A nested container is filled after this returns: it is written before the next element.
    private mutating func pend(_ child: JSONNode) {
        writer.beginLiveElementRecordingFailure(node, level: level)
        node.pending = child
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        child.kind = .object
        child.keyType = ObjectIdentifier(NestedKey.self)
        pend(child)
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(writer: writer, node: child))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.kind = .array
        pend(child)
        return DeferredUnkeyedContainer(writer: writer, node: child)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        pend(child)
        return StreamingEncoder(writer: writer, node: child, live: false)
    }
}

/// The unkeyed container of a nested or super container: collects its elements into its node.
struct DeferredUnkeyedContainer: UnkeyedEncodingContainer {
    unowned(unsafe) let writer: JSONStreamWriter
    let node: JSONNode

    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { node.elements.count }

    private func put(_ payload: JSONNode.Payload) { node.elements.append(payload) }

    mutating func encodeNil() throws { put(.null) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(.float(value)) }
    mutating func encode(_ value: Int) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { put(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { put(.int(value)) }
    mutating func encode(_ value: UInt) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { put(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { put(.uint(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { put(.value(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        child.kind = .object
        child.keyType = ObjectIdentifier(NestedKey.self)
        put(.node(child))
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(writer: writer, node: child))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        child.kind = .array
        put(.node(child))
        return DeferredUnkeyedContainer(writer: writer, node: child)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        put(.node(child))
        return StreamingEncoder(writer: writer, node: child, live: false)
    }
}
