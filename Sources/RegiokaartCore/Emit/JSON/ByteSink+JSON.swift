/// The pieces of `JSONEncoder`'s pretty layout that every JSON writer here shares, so that the
/// generic encoder and the specialised record writers cannot drift apart in escaping or indentation.
extension ByteSink {
    /// Bytes that need an escape inside a JSON string: `"`, `\` and the control characters.
    /// A table rather than three comparisons: it is consulted for every byte of every string.
    private static let needsEscape: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }

    /// A quoted string with `JSONEncoder`'s escapes (`.withoutEscapingSlashes`): `"` `\` and
    /// control characters; `/`, DEL and non-ASCII as they are.
    func writeJSONString(_ string: String) {
        var string = string
        write(UInt8(ascii: "\""))
        string.withUTF8 { bytes in
            Self.needsEscape.withUnsafeBufferPointer { needsEscape in
                var mark = 0
                for i in 0..<bytes.count {
                    let byte = bytes[i]
                    guard needsEscape[Int(byte)] else { continue }
                    if i > mark { write(UnsafeBufferPointer(rebasing: bytes[mark..<i])) }
                    writeJSONEscape(byte)
                    mark = i + 1
                }
                if mark < bytes.count { write(UnsafeBufferPointer(rebasing: bytes[mark...])) }
            }
        }
        write(UInt8(ascii: "\""))
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
