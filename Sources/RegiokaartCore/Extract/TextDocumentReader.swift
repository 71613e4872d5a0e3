import Foundation

/// Reads a plain-text source into numbered lines.
///
/// Works on the raw bytes: validates UTF-8 (naming the byte offset of the first bad sequence),
/// drops a UTF-8 byte-order mark, refuses UTF-16/32 and binary content (a NUL byte), and accepts
/// LF, CRLF and lone CR line ends.
///
/// The invisible format characters (`InvisibleCharacters`: zero-width space, non-joiner and joiner,
/// word joiner, soft hyphen, a byte-order mark inside the text) are left out of a line's text, as
/// the HTML reader leaves them out (`HTMLLineBuilder`), so that a heading, a figure label or a
/// value reads as it looks; the line as printed with them is kept beside it
/// (`SourceLines.printings`), from which a name is read (so `RemoveInvisibleCharacters` reports
/// them) and every other such line is reported (`PublicationExtractor`, `line.invisible_characters`).
/// A text without them (nearly every one) keeps its own bytes: one scan, no copy.
enum TextDocumentReader {
    /// Splits `bytes` (the content of `name`) into lines. A slice of the file that does not start
    /// it (`PublicationSlicer`) gives `firstNumber`, the number of its first line, and has no
    /// byte-order mark; its error offsets are its own (the reader finds the file's own, see there).
    static func read(_ bytes: [UInt8], name: String, firstNumber: Int = 1) throws(InputError) -> SourceDocument {
        let isFileStart = firstNumber == 1
        let start = isFileStart && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if isFileStart, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError(.encoding, file: name, "is UTF-16 (byte-order mark found); save it as UTF-8")
        }
        // The UTF-8 check and the line split each walk every byte: for a large file, on two cores,
        // one each. The check's verdict decides first, as when they ran one after the other.
        let invalid = ConcurrentResults<Int?>(count: 1)
        let split = ConcurrentResults<Lines>(count: 1)
        DispatchQueue.concurrentPerform(iterations: bytes.count >= parallelBytes ? 2 : 0) { task in
            if task == 0 {
                invalid.set(UTF8Validation.firstInvalid(bytes, from: start), at: 0)
            } else {
                split.set(Self.lines(of: bytes, from: start), at: 0)
            }
        }
        if let offset = invalid.value(at: 0) ?? UTF8Validation.firstInvalid(bytes, from: start) {
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
        if let (clean, printings) = withoutInvisibleCharacters(bytes, from: start) {
            let found = Self.lines(of: clean, from: start)
            let lines = SourceLines(bytes: clean, lineCount: found.count, checkpoints: found.checkpoints, numbers: nil,
                                    firstNumber: firstNumber, printings: printings)
            return SourceDocument(name: name, lines: lines)
        }
        let found = split.value(at: 0) ?? Self.lines(of: bytes, from: start)
        let lines = SourceLines(bytes: bytes, lineCount: found.count, checkpoints: found.checkpoints, numbers: nil, firstNumber: firstNumber)
        return SourceDocument(name: name, lines: lines)
    }

    /// Whether `buffer` holds an invisible character from `start`: eight bytes at a time, an
    /// all-ASCII word (nearly every word of a Dutch text) passed over with one test.
    static func holdsInvisibleCharacter(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        let n = buffer.count
        var i = start
        while i + 8 <= n {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                for j in i..<(i + 8) where buffer[j] >= 0xC2 && InvisibleCharacters.invisibleLength(buffer, at: j) > 0 { return true }
            }
            i += 8
        }
        while i < n {
            if buffer[i] >= 0xC2 && InvisibleCharacters.invisibleLength(buffer, at: i) > 0 { return true }
            i += 1
        }
        return false
    }

    /// `bytes` (valid UTF-8, text from `start`) without its invisible characters, and each line
    /// that held any as printed, by position; nil when it holds none (`holdsInvisibleCharacter`:
    /// one scan, nothing copied).
    static func withoutInvisibleCharacters(_ bytes: [UInt8], from start: Int) -> (bytes: [UInt8], printings: [Int: String])? {
        bytes.withUnsafeBufferPointer { buffer -> (bytes: [UInt8], printings: [Int: String])? in
            guard holdsInvisibleCharacter(buffer, from: start) else { return nil }
            var clean: [UInt8] = []
            clean.reserveCapacity(buffer.count)
            clean.append(contentsOf: buffer[..<start])
            var printings: [Int: String] = [:]
            var position = 0, lineStart = start, lineHolds = false
            func endLine(at end: Int) {
                if lineHolds { printings[position] = String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<end]), as: UTF8.self) }
                position += 1
                lineHolds = false
            }
            var i = start
            while i < buffer.count {
                let byte = buffer[i]
                if byte == 0x0A || byte == 0x0D {
                    endLine(at: i)
                    clean.append(byte)
                    if byte == 0x0D, i + 1 < buffer.count, buffer[i + 1] == 0x0A { clean.append(0x0A); i += 1 }  // CRLF
                    i += 1
                    lineStart = i
                    continue
                }
                let length = byte >= 0xC2 ? InvisibleCharacters.invisibleLength(buffer, at: i) : 0
                if length > 0 {
                    lineHolds = true
                    i += length
                } else {
                    clean.append(byte)
                    i += 1
                }
            }
            if lineStart < buffer.count { endLine(at: buffer.count) }
            return (clean, printings)
        }
    }

    /// A file at least this large is checked and split on two cores.
    static let parallelBytes = 1 << 20

    /// The number of lines and the start of every `SourceLines.checkpointStride`-th line.
    typealias Lines = (count: Int, checkpoints: [UInt32])

    /// The lines of `bytes` from offset `start`: lines end at LF, CR or CRLF. The document keeps
    /// `bytes` as its text and the start of every `checkpointStride`-th line (see `SourceLines`).
    static func lines(of bytes: [UInt8], from start: Int) -> Lines {
        var found = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > start,
                  memchr(base + start, 0x0D, buffer.count - start) == nil else { return anyLineEnds(buffer, from: start) }
            return lineFeeds(buffer, from: start)
        }
        found.checkpoints = found.checkpoints.compacted()  // kept as long as the document
        return found
    }

    /// `lines(of:from:)` for text without a CR: each line end found with `memchr`.
    static func lineFeeds(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Lines {
        var found: Lines = (0, [])
        guard let base = buffer.baseAddress else { return found }
        var lineStart = start
        while lineStart < buffer.count, let end = memchr(base + lineStart, 0x0A, buffer.count - lineStart) {
            if found.count % SourceLines.checkpointStride == 0 { found.checkpoints.append(UInt32(lineStart)) }
            found.count += 1
            lineStart = UnsafeRawPointer(end) - UnsafeRawPointer(base) + 1
        }
        if lineStart < buffer.count {
            if found.count % SourceLines.checkpointStride == 0 { found.checkpoints.append(UInt32(lineStart)) }
            found.count += 1
        }
        return found
    }

    /// `lines(of:from:)` for any line ends: found eight bytes at a time (`ByteFinder`).
    static func anyLineEnds(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Lines {
        var found: Lines = (0, [])
        let lineEnds = ByteFinder([0x0A, 0x0D])
        var lineStart = start
        while let end = lineEnds.firstIndex(in: buffer, from: lineStart) {
            if found.count % SourceLines.checkpointStride == 0 { found.checkpoints.append(UInt32(lineStart)) }
            found.count += 1
            lineStart = end + 1
            if buffer[end] == 0x0D, lineStart < buffer.count, buffer[lineStart] == 0x0A { lineStart += 1 }  // CRLF
        }
        if lineStart < buffer.count {
            if found.count % SourceLines.checkpointStride == 0 { found.checkpoints.append(UInt32(lineStart)) }
            found.count += 1
        }
        return found
    }
}
