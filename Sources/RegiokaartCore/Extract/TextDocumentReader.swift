import Foundation

/// Reads a plain-text source into numbered lines.
///
/// Works on the raw bytes: validates UTF-8 (naming the byte offset of the first bad sequence),
/// drops a UTF-8 byte-order mark, refuses UTF-16/32 and binary content (a NUL byte), and accepts
/// LF, CRLF and lone CR line ends.
enum TextDocumentReader {
    /// Splits `bytes` (the content of `name`) into lines.
    static func read(_ bytes: [UInt8], name: String) throws(InputError) -> SourceDocument {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError(.encoding, file: name, "is UTF-16 (byte-order mark found); save it as UTF-8")
        }
        if let offset = UTF8Validation.firstInvalid(bytes, from: start) {
            throw InputError(.encoding, file: name, "is not valid UTF-8 at byte offset \(offset)")
        }
        // Valid UTF-8 can still be binary (UTF-16 without a byte-order mark, an archive of ASCII
        // bytes): text never holds a NUL byte.
        let nul = bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard buffer.count > start, let base = buffer.baseAddress,
                  let hit = memchr(base + start, 0, buffer.count - start) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        if let offset = nul {
            throw InputError(.encoding, file: name, "holds a NUL byte at byte offset \(offset): it is binary (or UTF-16), not UTF-8 text")
        }
        // Line ends found eight bytes at a time (`ByteFinder`): this runs over every byte of large archives. The document keeps
        // `bytes` as its text and the start of every `checkpointStride`-th line (see `SourceLines`).
        var lineCount = 0
        var checkpoints: [UInt32] = []
        let lineEnds = ByteFinder([0x0A, 0x0D])
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = start
            while let end = lineEnds.firstIndex(in: buffer, from: lineStart) {
                if lineCount % SourceLines.checkpointStride == 0 { checkpoints.append(UInt32(lineStart)) }
                lineCount += 1
                lineStart = end + 1
                if buffer[end] == 0x0D, lineStart < buffer.count, buffer[lineStart] == 0x0A { lineStart += 1 }  // CRLF
            }
            if lineStart < buffer.count {
                if lineCount % SourceLines.checkpointStride == 0 { checkpoints.append(UInt32(lineStart)) }
                lineCount += 1
            }
        }
        let lines = SourceLines(bytes: bytes, lineCount: lineCount, checkpoints: checkpoints, numbers: nil)
        return SourceDocument(name: name, lines: lines)
    }
}
