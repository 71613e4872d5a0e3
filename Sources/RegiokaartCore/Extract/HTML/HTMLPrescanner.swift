/// A minimal tokenizer for the first bytes of an HTML page: yields start tags with their
/// attributes, skipping comments, end tags, doctypes and processing instructions.
///
/// Hand-written because the encoding must be known before libxml2 can be asked to parse;
/// it follows the WHATWG "prescan a byte stream" algorithm closely enough for `<meta>`.
struct HTMLPrescanner {
    /// A start tag: its lowercased name and its attributes (first occurrence wins, names lowercased).
    struct Tag: Sendable, Equatable {
        var name: String
        var attributes: [String: String]
    }

    private let bytes: ArraySlice<UInt8>
    private var position: Int

    /// A scanner over `bytes`.
    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    /// The next start tag, or nil at the end of the bytes.
    mutating func nextTag() -> Tag? {
        while position < bytes.endIndex {
            guard bytes[position] == UInt8(ascii: "<") else { position += 1; continue }
            if bytes.hasBytes("<!--", at: position) {
                position = bytes.indexPast("-->", from: position + 4) ?? bytes.endIndex
                continue
            }
            let next = position + 1 < bytes.endIndex ? bytes[position + 1] : 0
            if Self.isLetter(next) {
                position += 1
                let name = readName()
                let attributes = readAttributes()
                return Tag(name: name, attributes: attributes)
            }
            if next == UInt8(ascii: "/"), position + 2 < bytes.endIndex, Self.isLetter(bytes[position + 2]) {
                position += 2
                _ = readName()
                _ = readAttributes()
                continue
            }
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "/") || next == UInt8(ascii: "?") {
                position = bytes.indexPast(">", from: position + 1) ?? bytes.endIndex
                continue
            }
            position += 1
        }
        return nil
    }

    /// Reads a tag name (ends at whitespace, `/` or `>`), lowercased.
    private mutating func readName() -> String {
        let start = position
        while position < bytes.endIndex, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "/"), bytes[position] != UInt8(ascii: ">") {
            position += 1
        }
        return Self.lowercased(bytes[start..<position])
    }

    /// Reads attributes up to and including the closing `>`.
    private mutating func readAttributes() -> [String: String] {
        var attributes: [String: String] = [:]
        while position < bytes.endIndex {
            while position < bytes.endIndex, Self.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 }
            guard position < bytes.endIndex else { break }
            if bytes[position] == UInt8(ascii: ">") { position += 1; break }
            let nameStart = position
            while position < bytes.endIndex, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
                  bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/") {
                position += 1
            }
            if position == nameStart { position += 1; continue }  // a stray "=": skip it
            let name = Self.lowercased(bytes[nameStart..<position])
            while position < bytes.endIndex, Self.isSpace(bytes[position]) { position += 1 }
            var value = ""
            if position < bytes.endIndex, bytes[position] == UInt8(ascii: "=") {
                position += 1
                while position < bytes.endIndex, Self.isSpace(bytes[position]) { position += 1 }
                if position < bytes.endIndex, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                    let quote = bytes[position]
                    let start = position + 1
                    position = start
                    while position < bytes.endIndex, bytes[position] != quote { position += 1 }
                    value = String(decoding: bytes[start..<position], as: UTF8.self)
                    if position < bytes.endIndex { position += 1 }
                } else {
                    let start = position
                    while position < bytes.endIndex, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                    value = String(decoding: bytes[start..<position], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return attributes
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
