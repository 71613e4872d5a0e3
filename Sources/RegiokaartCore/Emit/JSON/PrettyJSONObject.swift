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

    /// Writes the separator, indentation and `"key" : ` of the next entry; the caller writes its value.
    /// `key` must need no escaping (the keys are the writers' own ASCII names).
    @inline(__always)
    mutating func key(_ key: String) {
        if empty {
            sink.write(UInt8(ascii: "{"))
            empty = false
        } else {
            sink.write(UInt8(ascii: ","))
        }
        sink.write(0x0A)
        sink.writeJSONIndent(level + 1)
        sink.write(UInt8(ascii: "\""))
        sink.write(key)
        sink.write(UInt8(ascii: "\""))
        sink.write(UInt8(ascii: " "))
        sink.write(UInt8(ascii: ":"))
        sink.write(UInt8(ascii: " "))
    }

    /// An entry holding a string.
    @inline(__always)
    mutating func string(_ key: String, _ value: String) {
        self.key(key)
        sink.writeJSONString(value)
    }

    /// An entry holding a string, left out when `value` is nil.
    @inline(__always)
    mutating func stringIfPresent(_ key: String, _ value: String?) {
        if let value { string(key, value) }
    }

    /// An entry holding an integer.
    @inline(__always)
    mutating func int(_ key: String, _ value: Int) {
        self.key(key)
        sink.write(decimal: value)
    }

    /// An entry holding an integer, or `null` when `value` is nil (as `encode(_:forKey:)` writes an
    /// optional, unlike `encodeIfPresent`).
    @inline(__always)
    mutating func intOrNull(_ key: String, _ value: Int?) {
        self.key(key)
        if let value { sink.write(decimal: value) } else { sink.write("null") }
    }

    /// An entry holding an array of strings.
    mutating func strings(_ key: String, _ values: [String]) {
        self.key(key)
        Self.array(values, in: sink, level: level + 1) { value, _ in sink.writeJSONString(value) }
    }

    /// An entry holding an array whose elements `element` writes (given the element and its level).
    @inline(__always)
    mutating func array<Element>(_ key: String, _ elements: [Element], _ element: (Element, Int) throws -> Void) rethrows {
        self.key(key)
        try Self.array(elements, in: sink, level: level + 1, element)
    }

    /// Ends the object (an object without entries is printed as `JSONEncoder` prints an empty one).
    func end() {
        if empty {
            sink.writeJSONEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), level: level)
            return
        }
        sink.write(0x0A)
        sink.writeJSONIndent(level)
        sink.write(UInt8(ascii: "}"))
    }

    /// Writes an array at `level` (its first line already indented): `element` writes each element,
    /// given the element and the element's level, after its separator and indentation.
    @inline(__always)
    static func array<Element>(_ elements: [Element], in sink: ByteSink, level: Int,
                               _ element: (Element, Int) throws -> Void) rethrows {
        if elements.isEmpty {
            sink.writeJSONEmpty(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), level: level)
            return
        }
        sink.write(UInt8(ascii: "["))
        var first = true
        for value in elements {
            if !first { sink.write(UInt8(ascii: ",")) }
            first = false
            sink.write(0x0A)
            sink.writeJSONIndent(level + 1)
            try element(value, level + 1)
        }
        sink.write(0x0A)
        sink.writeJSONIndent(level)
        sink.write(UInt8(ascii: "]"))
    }
}
