import Foundation

/// Byte-level shortcuts for the text tests the extractor runs on every line of large archives.
///
/// Each function returns exactly what its `String`/Foundation counterpart (named in its comment)
/// returns. It decides from the UTF-8 bytes when the bytes involved are ASCII, where case mapping,
/// trimming and `Character` boundaries are trivial, and otherwise falls back to the counterpart.
/// Hand-written because `lowercased()`, `trimmingCharacters(in:)` and Foundation's folding allocate
/// and walk the whole line, and were most of the extraction time (see scripts/BENCHMARKS.md).
enum ASCIIFastPath {
    /// `line.lowercased().hasPrefix(prefix)`, for a lower-case ASCII `prefix`.
    static func lowercasedHasPrefix(_ line: String, _ prefix: StaticString) -> Bool {
        switch compareFolded(line, prefix, fold: lowercase) {
        case .some(let answer): answer
        case .none: line.lowercased().hasPrefix(prefix.description)
        }
    }

    /// `lowercasedHasPrefix` on the UTF-8 bytes of a line: the answer when the bytes decide it,
    /// nil when the line's `String` must (see `compareFolded`).
    static func lowercasedHasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool? {
        compareFolded(bytes, prefix, fold: lowercase)
    }

    /// `line.uppercased().hasPrefix(prefix)`, for an upper-case ASCII `prefix`.
    static func uppercasedHasPrefix(_ line: String, _ prefix: StaticString) -> Bool {
        switch compareFolded(line, prefix, fold: uppercase) {
        case .some(let answer): answer
        case .none: line.uppercased().hasPrefix(prefix.description)
        }
    }

    /// True when some UTF-8 byte of `text` satisfies `test`: a loop over the contiguous bytes, where
    /// `text.utf8.contains(where:)` goes through the view's generic iterator (several times the cost
    /// on the names of every area entry).
    @inline(__always) static func anyByte(of text: String, _ test: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where test(byte) { return true }
            return false
        }
    }

    /// True when `line` contains `needle` (lower-case ASCII) ignoring ASCII case: a necessary
    /// condition for `line.lowercased().contains(needle)`, so a cheap filter before it.
    static func mayContainLowercased(_ line: String, _ needle: StaticString) -> Bool {
        var line = line
        return line.withUTF8 { mayContainLowercased($0, needle) }
    }

    /// `mayContainLowercased` on the UTF-8 bytes of a line.
    static func mayContainLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: n)
        guard bytes.count >= n else { return false }
        let first = pattern[0]
        var i = 0
        while i + n <= bytes.count {
            if lowercase(bytes[i]) == first {
                var k = 1
                while k < n, lowercase(bytes[i + k]) == pattern[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }

    /// True when `needle`'s UTF-8 bytes occur in `haystack`: `memchr` to the next candidate first
    /// byte, then `memcmp`. A label block can run into long prose lines, and the standard library's
    /// generic substring search was the extractor's single largest cost.
    static func bytes(_ haystack: [UInt8], contain needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard pattern.count > 0 else { return true }
            return haystack.withUnsafeBytes { hay in
                guard let base = hay.baseAddress else { return false }
                let first = Int32(pattern[0])
                var offset = 0
                while hay.count - offset >= pattern.count {
                    guard let hit = memchr(base + offset, first, hay.count - offset - pattern.count + 1) else { return false }
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + at, pattern.baseAddress!, pattern.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// `text.trimmingCharacters(in: .whitespaces)`: on the bytes when they decide it, else on the
    /// Unicode scalars (`scalarTrimmed`).
    static func trimmingWhitespaces(_ text: String) -> String {
        var text = text
        guard let ascii = text.withUTF8({ blankTrimmed($0) }) else { return scalarTrimmed(text) }
        if ascii == 0..<text.utf8.count { return text }
        return text.withUTF8 { String(decoding: $0[ascii], as: UTF8.self) }
    }

    /// `text.trimmingCharacters(in: .whitespaces)` on the Unicode scalars: Foundation's `.whitespaces`
    /// is tab, the space separators (general category Zs) and, from an older Unicode, the zero-width
    /// space U+200B; it trims scalars, not `Character`s (" \u{301}a" keeps its accent). With
    /// `zeroWidthSpace: false` a U+200B at an end stays (a line's printing keeps its invisible
    /// characters for `RemoveInvisibleCharacters` to report). Hand-written because Foundation bridges
    /// each line to `NSString` and looks up conformances at run time (about 1 M instructions on the
    /// real publication).
    static func scalarTrimmed(_ text: String, zeroWidthSpace: Bool = true) -> String {
        let scalars = text.unicodeScalars
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || (zeroWidthSpace && scalar == "\u{200B}") || scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    /// The UTF-8 `bytes` that `trimmingWhitespaces` keeps, when the bytes decide it; nil when a
    /// non-ASCII byte at either end may be a space separator (no-break space): the scalars decide.
    static func blankTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        // Foundation's `.whitespaces` is tab plus the space separators; in ASCII that is tab and space.
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        var start = 0, end = bytes.count
        while start < end, isBlank(bytes[start]) { start += 1 }
        while end > start, isBlank(bytes[end - 1]) { end -= 1 }
        if start < end, bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { return nil }
        return start..<end
    }

    /// True when every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isASCII($0) }
    }

    /// True when every byte of `bytes` is ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight bytes at a time: this runs over every listed name.
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            while i + 8 <= n {
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
        }
        while i < n {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    @inline(__always) static func lowercase(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
    @inline(__always) static func uppercase(_ b: UInt8) -> UInt8 { b &- 0x61 < 26 ? b & ~0x20 : b }

    /// Compares the first bytes of `line`, case-mapped by `fold`, with `prefix`: the answer when the
    /// bytes that decide it are ASCII, nil when a non-ASCII byte could change it (a character whose
    /// case mapping is ASCII, or a combining mark that extends the prefix's last character).
    private static func compareFolded(_ line: String, _ prefix: StaticString, fold: (UInt8) -> UInt8) -> Bool? {
        var line = line
        return line.withUTF8 { compareFolded($0, prefix, fold: fold) }
    }

    /// `compareFolded` on the UTF-8 bytes of a line.
    @inline(__always)
    private static func compareFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString,
                                      fold: (UInt8) -> UInt8) -> Bool? {
        let n = prefix.utf8CodeUnitCount
        let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: n)
        for k in 0..<n {
            guard k < bytes.count else { return false }
            let b = bytes[k]
            if b >= 0x80 { return nil }
            if fold(b) != pattern[k] { return false }
        }
        // The prefix's last character ends where the next byte is ASCII (or the line ends).
        return bytes.count == n || bytes[n] < 0x80 ? true : nil
    }

    /// `haystack.contains(needle)` for folded text: on bytes when `haystack` is ASCII and `needle`
    /// is ASCII letters and digits (then a byte match is a `Character` match), without the generic
    /// `Character` search; otherwise (an empty needle too) `String.contains` itself.
    static func foldedContains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty, needle.utf8.allSatisfy(NameFolding.isASCIILetterOrDigit), ASCIIFastPath.isASCII(haystack) else {
            return haystack.contains(needle)
        }
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pattern in
                guard hay.count >= pattern.count else { return false }
                var i = 0
                while i + pattern.count <= hay.count {
                    if hay[i] == pattern[0] {
                        var k = 1
                        while k < pattern.count, hay[i + k] == pattern[k] { k += 1 }
                        if k == pattern.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

}
