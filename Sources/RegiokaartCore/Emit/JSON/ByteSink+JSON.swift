/// The pieces of `JSONEncoder`'s pretty layout that every JSON writer here shares, so that the
/// generic encoder and the specialised record writers cannot drift apart in escaping or indentation.
extension ByteSink {
    /// Finds the bytes that need an escape inside a JSON string: `"`, `\` and the control characters.
    private static let needsEscape = ByteFinder([0x22, 0x5C], below: 0x20)

    /// A quoted string with `JSONEncoder`'s escapes (`.withoutEscapingSlashes`): `"` `\` and
    /// control characters; `/`, DEL and non-ASCII as they are.
    func writeJSONString(_ string: String) {
        write(UInt8(ascii: "\""))
        if string.utf8.withContiguousStorageIfAvailable({ writeJSONEscaped($0) }) == nil {
            var copy = string
            copy.withUTF8 { writeJSONEscaped($0) }
        }
        write(UInt8(ascii: "\""))
    }

    /// `bytes` with `JSONEncoder`'s escapes, the runs between escapes copied whole.
    @inline(__always)
    private func writeJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var mark = 0
        while let i = Self.needsEscape.firstIndex(in: bytes, from: mark) {
            if i > mark { write(UnsafeBufferPointer(rebasing: bytes[mark..<i])) }
            writeJSONEscape(bytes[i])
            mark = i + 1
        }
        if mark < bytes.count { write(UnsafeBufferPointer(rebasing: bytes[mark...])) }
    }

    /// The escape of one byte that needs it.
    private func writeJSONEscape(_ byte: UInt8) {
        write(0x5C)
        switch byte {
        case 0x22: write(0x22)
        case 0x5C: write(0x5C)
        case 0x08: write(UInt8(ascii: "b"))
        case 0x0C: write(UInt8(ascii: "f"))
        case 0x0A: write(UInt8(ascii: "n"))
        case 0x0D: write(UInt8(ascii: "r"))
        case 0x09: write(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            write("u00")
            write(hex.utf8Start[Int(byte >> 4)])
            write(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// `lead` (none when 0), a newline and the indentation of `level`, with one capacity check.
    @inline(__always)
    func writeJSONBreak(after lead: UInt8, level: Int) {
        let indent = 2 * level
        write(upTo: indent + 2 + 7) { p in
            var at = 0
            if lead != 0 {
                p[0] = lead
                at = 1
            }
            p[at] = 0x0A
            Self.storeSpaces(p + at + 1, indent)
            return at + 1 + indent
        }
    }

    /// Stores `count` spaces at `p` eight at a time, overwriting up to seven bytes after them:
    /// the caller reserves those (`write(upTo:)` with 7 to spare) and does not count them.
    @inline(__always)
    static func storeSpaces(_ p: UnsafeMutablePointer<UInt8>, _ count: Int) {
        var i = 0
        while i < count {
            UnsafeMutableRawPointer(p + i).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
            i += 8
        }
    }

    /// The indentation of nesting `level`: two spaces per level.
    @inline(__always)
    func writeJSONIndent(_ level: Int) {
        write(repeating: 0x20, count: 2 * level)
    }

    /// How `JSONEncoder` prints an empty container: `{`/`[`, two newlines, the indentation, `}`/`]`.
    func writeJSONEmpty(open: UInt8, close: UInt8, level: Int) {
        write(open)
        write(0x0A)
        write(0x0A)
        writeJSONIndent(level)
        write(close)
    }
}
