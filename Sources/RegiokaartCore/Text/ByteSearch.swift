import Foundation

/// Literal searches in raw bytes, for the sniffers that look at a file before it is decoded.
///
/// Hand-written: a few lines, and the standard library has no substring search on byte collections.
extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// True when the UTF-8 bytes of `literal` stand at `position`.
    func hasBytes(_ literal: String, at position: Int) -> Bool {
        let utf8 = literal.utf8
        guard position >= startIndex, position + utf8.count <= endIndex else { return false }
        return self[position..<(position + utf8.count)].elementsEqual(utf8)
    }

    /// The index just past the first occurrence of `literal` at or after `start`, or nil.
    func indexPast(_ literal: String, from start: Int) -> Int? {
        let count = literal.utf8.count
        var i = Swift.max(start, startIndex)
        while i + count <= endIndex {
            if hasBytes(literal, at: i) { return i + count }
            i += 1
        }
        return nil
    }
}

extension String {
    /// True when `other` has exactly this string's UTF-8 bytes (`==` also equates a text with its
    /// other Unicode normalisations): a `memcmp`, where `utf8.elementsEqual` walks byte by byte.
    func hasSameBytes(as other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { p in
            b.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }
}
