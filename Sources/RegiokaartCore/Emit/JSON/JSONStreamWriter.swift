import Foundation

/// Writes JSON values into a `ByteSink` in `JSONEncoder`'s pretty, key-sorted layout.
/// The engine behind `PrettyJSONEncoder`; `StreamingEncoder` and its containers feed it.
///
/// Its properties skip run-time exclusivity checks (see `JSONNode`).
final class JSONStreamWriter {
    let sink: ByteSink
    /// Encoders (each with its node) reused per nesting depth: one allocation per depth, not per value.
    @exclusivity(unchecked) private var pool: [StreamingEncoder] = []
    @exclusivity(unchecked) private var depth = 0
    /// Where the value being written sits, for `Encoder.codingPath` and errors.
    @exclusivity(unchecked) private var path: [PathKey] = []
    /// The write order of an object's entries, per key type and sequence of keys encoded: sorting
    /// the same eight keys for each of 700 000 municipalities would cost more than writing them.
    @exclusivity(unchecked) private var orders: [ObjectIdentifier: [(keys: [String], order: [Int])]] = [:]
    /// A failure inside a container method that cannot throw; reported at the end of the value.
    @exclusivity(unchecked) var failure: (any Error)?

    init(sink: ByteSink) {
        self.sink = sink
    }

    var codingPath: [any CodingKey] { path }

    // MARK: Values

    /// Writes the document's value; like `JSONEncoder`, refuses a value that encodes nothing.
    func writeTopLevel<T: Encodable>(_ value: T) throws {
        if try writeDelegated(value) { return }
        let encoder = acquire(level: 0)
        defer { depth -= 1 }
        try value.encode(to: encoder)
        if encoder.node.kind == .unset {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        try finish(encoder)
        if let failure { throw failure }
    }

    /// Writes `value` at indentation `level` (its first line is already indented).
    func writeValue<T: Encodable>(_ value: T, level: Int) throws {
        if try writeDelegated(value) { return }
        let encoder = acquire(level: level)
        defer { depth -= 1 }
        try value.encode(to: encoder)
        try finish(encoder)
    }

    /// `JSONEncoder` gives these types special treatment (with strategies): it writes them itself.
    private func writeDelegated<T: Encodable>(_ value: T) throws -> Bool {
        guard T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self else { return false }
        sink.write([UInt8](try PrettyJSONEncoder.reference().encode(value)))
        return true
    }

    private func acquire(level: Int) -> StreamingEncoder {
        if depth == pool.count {
            pool.append(StreamingEncoder(writer: self))
        } else if !isKnownUniquelyReferenced(&pool[depth]) {
            pool[depth] = StreamingEncoder(writer: self)  // someone kept the old one: leave it to them
        }
        let encoder = pool[depth]
        depth += 1
        encoder.node.reset()
        encoder.level = level
        return encoder
    }

    /// Completes the value `encoder` was given: its object, or the end of its live array.
    private func finish(_ encoder: StreamingEncoder) throws {
        let node = encoder.node
        switch node.kind {
        case .unset: writeEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), level: encoder.level)
        case .object: try writeObject(node, level: encoder.level)
        case .liveArray: try closeLiveArray(node, level: encoder.level)
        case .array: try writeArray(node.elements, level: encoder.level)
        case .single: break  // written when it was encoded
        }
    }

    func writePayload(_ payload: JSONNode.Payload, level: Int) throws {
        switch payload {
        case .null: sink.write("null")
        case .bool(let value): sink.write(value ? "true" : "false")
        case .int(let value): sink.write(decimal: Int(value))
        case .uint(let value): sink.write(decimal: UInt(value))
        case .float(let value): try writeFloat(value)
        case .double(let value): try writeFloat(value)
        case .string(let value): writeString(value)
        case .value(let value): try writeValue(value, level: level)
        case .node(let node): try writeNode(node, level: level)
        }
    }

    func writeNode(_ node: JSONNode, level: Int) throws {
        switch node.kind {
        case .unset: writeEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), level: level)
        case .object: try writeObject(node, level: level)
        case .array, .liveArray: try writeArray(node.elements, level: level)
        case .single: try writePayload(node.single ?? .null, level: level)
        }
    }

    // MARK: Containers

    private func writeObject(_ node: JSONNode, level: Int) throws {
        var entries: [JSONNode.Entry] = []
        swap(&entries, &node.entries)  // keeps the node's storage for reuse, without copying
        defer {
            entries.removeAll(keepingCapacity: true)
            swap(&entries, &node.entries)
        }
        let order = writeOrder(entries, keyType: node.keyType)
        if order.isEmpty {
            writeEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), level: level)
            return
        }
        sink.write(UInt8(ascii: "{"))
        sink.write(0x0A)
        for (n, index) in order.enumerated() {
            if n > 0 { sink.write(",\n") }
            writeIndent(level + 1)
            writeString(entries[index].key)
            sink.write(" : ")
            path.append(PathKey(stringValue: entries[index].key))
            try writePayload(entries[index].payload, level: level + 1)
            path.removeLast()
        }
        sink.write(0x0A)
        writeIndent(level)
        sink.write(UInt8(ascii: "}"))
    }

    private func writeArray(_ elements: [JSONNode.Payload], level: Int) throws {
        if elements.isEmpty {
            writeEmpty(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), level: level)
            return
        }
        sink.write(UInt8(ascii: "["))
        sink.write(0x0A)
        for (n, element) in elements.enumerated() {
            if n > 0 { sink.write(",\n") }
            writeIndent(level + 1)
            path.append(PathKey(intValue: n))
            try writePayload(element, level: level + 1)
            path.removeLast()
        }
        sink.write(0x0A)
        writeIndent(level)
        sink.write(UInt8(ascii: "]"))
    }

    /// How `JSONEncoder` prints an empty container.
    private func writeEmpty(open: UInt8, close: UInt8, level: Int) {
        sink.writeJSONEmpty(open: open, close: close, level: level)
    }

    /// Entry indices in key order (by UTF-8 bytes); a key encoded twice keeps its last value.
    private func writeOrder(_ entries: [JSONNode.Entry], keyType: ObjectIdentifier?) -> [Int] {
        if let keyType, let known = orders[keyType] {
            for variant in known where variant.keys.count == entries.count {
                var same = true
                for i in entries.indices where variant.keys[i] != entries[i].key { same = false; break }
                if same { return variant.order }
            }
        }
        let sorted = entries.indices.sorted { a, b in
            let (ka, kb) = (entries[a].key, entries[b].key)
            return ka == kb ? a < b : ka.utf8.lexicographicallyPrecedes(kb.utf8)
        }
        var order: [Int] = []
        order.reserveCapacity(sorted.count)
        for (n, index) in sorted.enumerated() where n + 1 == sorted.count || entries[sorted[n + 1]].key != entries[index].key {
            order.append(index)
        }
        if let keyType, orders[keyType, default: []].count < 16 {
            orders[keyType, default: []].append((entries.map(\.key), order))
        }
        return order
    }

    // MARK: Live arrays

    func openLiveArray(_ node: JSONNode) {
        node.kind = .liveArray
        sink.write(UInt8(ascii: "["))
        sink.write(0x0A)
    }

    /// Writes the separator and indentation of the next element of a live array at `level`.
    func beginLiveElement(_ node: JSONNode, level: Int) throws {
        try flushPending(node, level: level)
        if node.liveCount > 0 { sink.write(",\n") }
        writeIndent(level + 1)
        node.liveCount += 1
    }

    /// `beginLiveElement` for the container methods that cannot throw.
    func beginLiveElementRecordingFailure(_ node: JSONNode, level: Int) {
        do { try beginLiveElement(node, level: level) } catch { if failure == nil { failure = error } }
    }

    func pushIndex(_ index: Int) { path.append(PathKey(intValue: index)) }
    func popPath() { path.removeLast() }

    private func flushPending(_ node: JSONNode, level: Int) throws {
        guard let pending = node.pending else { return }
        node.pending = nil
        path.append(PathKey(intValue: node.liveCount - 1))
        defer { path.removeLast() }
        try writeNode(pending, level: level + 1)
    }

    private func closeLiveArray(_ node: JSONNode, level: Int) throws {
        try flushPending(node, level: level)
        if let failure { throw failure }
        sink.write(0x0A)
        writeIndent(level)
        sink.write(UInt8(ascii: "]"))
    }

    // MARK: Scalars

    private func writeIndent(_ level: Int) {
        sink.writeJSONIndent(level)
    }

    /// A quoted string with `JSONEncoder`'s escapes (shared with the specialised writers).
    func writeString(_ string: String) {
        sink.writeJSONString(string)
    }

    /// `description` without a trailing ".0"; non-finite numbers are refused, as by `JSONEncoder`.
    private func writeFloat<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath,
                                                          debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        sink.write(text)
    }
}

/// A coding key made from a string or an index, for coding paths (the index's text is made
/// only when asked for: paths are kept for every value written).
struct PathKey: CodingKey {
    private let key: String?
    let intValue: Int?

    var stringValue: String { key ?? "Index \(intValue ?? 0)" }

    init(stringValue: String) {
        key = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        key = nil
        self.intValue = intValue
    }
}
