/// A JSON (RFC 8259) reader on the bytes of a document, pulled value by value: the caller walks the
/// structure it expects and skips (while still checking) everything else. Like `JSONDecoder`, it
/// accepts a comma before a closing bracket and limits nesting to 512 levels; of a key repeated in
/// one object, the caller keeps the first value, as `JSONDecoder` does.
///
/// Hand-written for reading a previous run's `issues.json` back: `JSONDecoder` builds a map of the
/// whole document and, in a fresh process, pays runtime type lookups for every `Codable` type it
/// meets, where the run needs four strings per finding.
/// `NewFindingsReaderTests` hold it to `JSONDecoder` on real, hostile and broken documents.
struct JSONBytesReader {
    /// Why the text is not the JSON the caller expects, and where (1-based line).
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "line \(line): \(reason)" }
    }

    /// Finds where the plain run of a string ends: its closing quote, an escape or a control character.
    private static let stringEnd = ByteFinder([UInt8(ascii: "\""), UInt8(ascii: "\\")], below: 0x20)

    private let bytes: [UInt8]
    private var at = 0
    /// True right after `{` or `[`: the next key or element needs no comma.
    private var opened = false

    /// A reader of `bytes`, which must be valid UTF-8 (`UTF8Validation`).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A failure at the current position.
    func failure(_ reason: String) -> Failure {
        var line = 1
        for byte in bytes[..<min(at, bytes.count)] where byte == 0x0A { line += 1 }
        return Failure(line: line, reason: reason)
    }

    private mutating func skipWhitespace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    /// The next byte after whitespace, not consumed; nil at the end.
    private mutating func peek() -> UInt8? {
        skipWhitespace()
        return at < bytes.count ? bytes[at] : nil
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard peek() == byte else { throw failure("expected \(what)") }
        at += 1
    }

    /// Reads `{`; then `nextKey()` until it returns nil.
    mutating func beginObject() throws(Failure) {
        try expect(UInt8(ascii: "{"), "an object")
        opened = true
    }

    /// The next key of the current object (its value is the next value read), or nil after its `}`.
    mutating func nextKey() throws(Failure) -> String? {
        guard try keyFollows() else { return nil }
        let key = try string()
        try expect(UInt8(ascii: ":"), ": after a key")
        return key
    }

    /// The next key of the current object as its position in `names` (-1: none of them; its value is
    /// the next value read), or nil after its `}`. A key without escapes (nearly all) is compared on
    /// its bytes: no `String` is made for it.
    mutating func nextKey(among names: [[UInt8]]) throws(Failure) -> Int? {
        guard try keyFollows() else { return nil }
        let start = at + 1
        let end = bytes.withUnsafeBufferPointer { Self.stringEnd.firstIndex(in: $0, from: start) } ?? bytes.count
        let found: Int
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            at = end + 1
            found = names.firstIndex { $0.count == end - start && $0.elementsEqual(bytes[start..<end]) } ?? -1
        } else {
            let key = try string()
            found = names.firstIndex { $0.elementsEqual(key.utf8) } ?? -1
        }
        try expect(UInt8(ascii: ":"), ": after a key")
        return found
    }

    /// Steps over the `,` or `{` before an object's next key: true when a key follows (its opening
    /// quote is next), false after the object's `}` (consumed).
    private mutating func keyFollows() throws(Failure) -> Bool {
        if opened {
            opened = false
            if peek() == UInt8(ascii: "}") { at += 1; return false }
        } else {
            switch peek() {
            case UInt8(ascii: "}"): at += 1; return false
            case UInt8(ascii: ","):
                at += 1
                // A comma before the closing brace, as `JSONDecoder` allows.
                if peek() == UInt8(ascii: "}") { at += 1; return false }
            default: throw failure("expected , or } in an object")
            }
        }
        guard peek() == UInt8(ascii: "\"") else { throw failure("expected a key (a string)") }
        return true
    }

    /// Reads `[`; then `nextElement()` before each element until it returns false.
    mutating func beginArray() throws(Failure) {
        try expect(UInt8(ascii: "["), "an array")
        opened = true
    }

    /// True when another element of the current array follows (read it next); false after its `]`.
    mutating func nextElement() throws(Failure) -> Bool {
        if opened {
            opened = false
            if peek() == UInt8(ascii: "]") { at += 1; return false }
            return true
        }
        switch peek() {
        case UInt8(ascii: "]"): at += 1; return false
        case UInt8(ascii: ","):
            at += 1
            // A comma before the closing bracket, as `JSONDecoder` allows.
            if peek() == UInt8(ascii: "]") { at += 1; return false }
            return true
        default: throw failure("expected , or ] in an array")
        }
    }

    /// True (and consumed) when the next value is `null`.
    mutating func null() -> Bool {
        guard peek() == UInt8(ascii: "n"), bytes[at...].starts(with: "null".utf8) else { return false }
        at += 4
        return true
    }

    /// A string value, unescaped.
    mutating func string() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""), "a string")
        var start = at
        // Most strings hold no escape: their bytes are the text.
        at = bytes.withUnsafeBufferPointer { Self.stringEnd.firstIndex(in: $0, from: start) } ?? bytes.count
        if at < bytes.count, bytes[at] == UInt8(ascii: "\"") {
            at += 1
            return String(decoding: bytes[start..<at - 1], as: UTF8.self)
        }
        var text: [UInt8] = []
        while true {
            guard at < bytes.count else { throw failure("a string is never closed") }
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw failure("a control character inside a string") }
            if byte != UInt8(ascii: "\\") { at += 1; continue }
            text.append(contentsOf: bytes[start..<at])
            at += 1
            guard at < bytes.count else { throw failure("a string is never closed") }
            let escape = bytes[at]
            at += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"): text.append(contentsOf: String(try unicodeEscape()).utf8)
            default: throw failure("an unknown escape \\\(Unicode.Scalar(escape)) inside a string")
            }
            start = at
        }
        text.append(contentsOf: bytes[start..<at])
        at += 1
        return String(decoding: text, as: UTF8.self)
    }

    /// Steps over a string value, checking it as `string()` does, without making the `String`: a
    /// finding's message and the other members a caller only checks are most of the document.
    mutating func skipString() throws(Failure) {
        let mark = at
        try expect(UInt8(ascii: "\""), "a string")
        let start = at
        let end = bytes.withUnsafeBufferPointer { Self.stringEnd.firstIndex(in: $0, from: start) } ?? bytes.count
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            at = end + 1
            return
        }
        // An escape or a control character: `string()` reads it and tells what is wrong.
        at = mark
        _ = try string()
    }

    /// The scalar of a `\uXXXX` escape (the `\u` read), with its low surrogate's escape if it is a high one.
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let first = try hex4()
        if (0xDC00...0xDFFF).contains(first) { throw failure("a lone low surrogate \\u escape") }
        guard (0xD800...0xDBFF).contains(first) else { return Unicode.Scalar(first)! }
        guard bytes[at...].starts(with: "\\u".utf8) else { throw failure("a high surrogate \\u escape without its low half") }
        at += 2
        let second = try hex4()
        guard (0xDC00...0xDFFF).contains(second) else { throw failure("a high surrogate \\u escape without its low half") }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard at < bytes.count, let digit = Self.hexValue(bytes[at]) else { throw failure("a \\u escape without four hex digits") }
            value = value << 4 | digit
            at += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A string value, or nil for `null` (as `JSONDecoder` reads a `String?`).
    mutating func optionalString() throws(Failure) -> String? {
        null() ? nil : try string()
    }

    /// An integer value: a number without fraction or exponent, or one whose value is a whole
    /// number that fits (`1.0`, `2e1`), as `JSONDecoder` reads an `Int`.
    mutating func int() throws(Failure) -> Int {
        let (start, integral) = try number()
        let text = String(decoding: bytes[start..<at], as: UTF8.self)
        if integral, let value = Int(text) { return value }
        guard !integral, let double = Double(text), let value = Int(exactly: double) else {
            throw failure("the number \(text) is not an integer that fits")
        }
        return value
    }

    /// `true` or `false`.
    mutating func bool() throws(Failure) -> Bool {
        switch peek() {
        case UInt8(ascii: "t") where bytes[at...].starts(with: "true".utf8): at += 4; return true
        case UInt8(ascii: "f") where bytes[at...].starts(with: "false".utf8): at += 5; return false
        default: throw failure("expected true or false")
        }
    }

    /// Checks a number's syntax and steps over it; its first byte and whether it has neither
    /// fraction nor exponent.
    private mutating func number() throws(Failure) -> (start: Int, integral: Bool) {
        _ = peek()
        let start = at
        func digits() -> Int {
            let from = at
            while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) { at += 1 }
            return at - from
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        let leadingZero = at < bytes.count && bytes[at] == UInt8(ascii: "0")
        let whole = digits()
        guard whole > 0, !(leadingZero && whole > 1) else { at = start; throw failure("expected a number") }
        var integral = true
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            integral = false
            guard digits() > 0 else { throw failure("a number without digits after its point") }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            integral = false
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { throw failure("a number without digits in its exponent") }
        }
        return (start, integral)
    }

    /// How deep `skipValue` follows nested containers (as `JSONDecoder` limits it): deeper is a failure,
    /// not a stack overflow.
    static let maximumDepth = 512

    /// Steps over the next value of any kind, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws(Failure) {
        switch peek() {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw failure("nested deeper than \(Self.maximumDepth) levels") }
            if bytes[at] == UInt8(ascii: "{") {
                try beginObject()
                while try nextKey() != nil { try skipValue(depth: depth + 1) }
            } else {
                try beginArray()
                while try nextElement() { try skipValue(depth: depth + 1) }
            }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"):
            guard null() else { throw failure("expected a value") }
        default: _ = try number()
        }
    }

    /// Checks that nothing but whitespace follows the document's value.
    mutating func end() throws(Failure) {
        guard peek() == nil else { throw failure("text follows the document") }
    }
}
