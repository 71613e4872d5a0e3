/// Writes one JSON object (or array) in `JSONEncoder`'s pretty layout straight into a `ByteSink`,
/// for the specialised writers of the large outputs (`RegionsJSONWriter`, `IssuesJSONWriter`).
///
/// The caller passes the keys in `JSONEncoder`'s `.sortedKeys` order (by UTF-8 bytes) and leaves
/// out nil optionals (as synthesised `Codable` does with `encodeIfPresent`); the tests compare the
/// result with `JSONEncoder`.
struct PrettyJSONObject {
    let sink: ByteSink
    /// The nesting level of the object itself (its closing brace); its entries sit one deeper.
    let level: Int
    private var empty = true

    /// Starts an object at `level` (its first line already indented).
    init(_ sink: ByteSink, level: Int) {
        self.sink = sink
        self.level = level
    }

    /// Goes on with an object at `level` whose opening and first entries were written already
    /// (from `RenderedParts`): its next key starts with a comma.
    init(continuing sink: ByteSink, level: Int) {
        self.sink = sink
        self.level = level
        empty = false
    }

    /// Writes the separator, indentation and `"key" : ` of the next entry; the caller writes its value.
    /// `key` must need no escaping (the keys are the writers' own ASCII names).
    @inline(__always)
    mutating func key(_ key: StaticString) {
        self.key(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
    }

    /// `key(_:)` for a key that is not a literal.
    mutating func key(_ key: String) {
        var key = key
        key.withUTF8 { self.key($0) }
    }

    /// The separator, newline, indentation, quoted key and ` : `, stored with one capacity check.
    @inline(__always)
    private mutating func key(_ key: UnsafeBufferPointer<UInt8>) {
        let open = empty ? UInt8(ascii: "{") : UInt8(ascii: ",")
        empty = false
        let indent = 2 * (level + 1)
        sink.write(upTo: indent + key.count + 7 + 7) { p in
            p[0] = open
            p[1] = 0x0A
            ByteSink.storeSpaces(p + 2, indent)  // the 7 bytes to spare above
            var at = 2 + indent
            p[at] = UInt8(ascii: "\"")
            if let base = key.baseAddress { (p + at + 1).update(from: base, count: key.count) }
            at += 1 + key.count
            p[at] = UInt8(ascii: "\"")
            p[at + 1] = UInt8(ascii: " ")
            p[at + 2] = UInt8(ascii: ":")
            p[at + 3] = UInt8(ascii: " ")
            return at + 4
        }
    }

    /// An entry holding a string.
    @inline(__always)
    mutating func string(_ key: StaticString, _ value: String) {
        self.key(key)
        sink.writeJSONString(value)
    }

    /// An entry holding a string, left out when `value` is nil.
    @inline(__always)
    mutating func stringIfPresent(_ key: StaticString, _ value: String?) {
        if let value { string(key, value) }
    }

    /// An entry holding an integer.
    @inline(__always)
    mutating func int(_ key: StaticString, _ value: Int) {
        self.key(key)
        sink.write(decimal: value)
    }

    /// An entry holding `true` or `false`.
    mutating func bool(_ key: StaticString, _ value: Bool) {
        self.key(key)
        sink.write(value ? "true" : "false")
    }

    /// An entry holding an integer, or `null` when `value` is nil (as `encode(_:forKey:)` writes an
    /// optional, unlike `encodeIfPresent`).
    @inline(__always)
    mutating func intOrNull(_ key: StaticString, _ value: Int?) {
        self.key(key)
        if let value { sink.write(decimal: value) } else { sink.write("null") }
    }

    /// An entry holding an array of strings.
    mutating func strings(_ key: StaticString, _ values: [String]) {
        self.key(key)
        Self.array(values, in: sink, level: level + 1) { value, _ in sink.writeJSONString(value) }
    }

    /// An entry holding an array whose elements `element` writes (given the element and its level).
    @inline(__always)
    mutating func array<Elements: RandomAccessCollection>(_ key: StaticString, _ elements: Elements,
                                                          _ element: (Elements.Element, Int) throws -> Void) rethrows {
        self.key(key)
        try Self.array(elements, in: sink, level: level + 1, element)
    }

    /// Ends the object (an object without entries is printed as `JSONEncoder` prints an empty one).
    func end() {
        if empty {
            sink.writeJSONEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), level: level)
            return
        }
        sink.writeJSONBreak(after: 0, level: level)
        sink.write(UInt8(ascii: "}"))
    }

    /// Writes an array at `level` (its first line already indented): `element` writes each element,
    /// given the element and the element's level, after its separator and indentation.
    @inline(__always)
    static func array<Elements: RandomAccessCollection>(_ elements: Elements, in sink: ByteSink, level: Int,
                                                        _ element: (Elements.Element, Int) throws -> Void) rethrows {
        if elements.isEmpty {
            sink.writeJSONEmpty(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), level: level)
            return
        }
        sink.write(UInt8(ascii: "["))
        // By index: each element is lent to `element`, not copied out (a copy retains every string in it).
        for i in elements.indices {
            sink.writeJSONBreak(after: i == elements.startIndex ? 0 : UInt8(ascii: ","), level: level + 1)
            try element(elements[i], level + 1)
        }
        sink.writeJSONBreak(after: 0, level: level)
        sink.write(UInt8(ascii: "]"))
    }
}
