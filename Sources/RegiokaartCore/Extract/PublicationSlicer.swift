import Foundation

/// Reads a text publication in slices of about `sliceBytes`, each cut just after a line of closing
/// links ("Terug naar …", the line that ends a card), so that no card straddles two slices; each
/// slice's bytes can go once its cards are read (`PublicationReader`).
///
/// The file must not change while it is read: its size and modification time are checked after
/// every read, and a change is an error naming the file.
struct PublicationSlicer: ~Copyable {
    /// The file as reports name it.
    let name: String
    /// About how many bytes a slice has (more when no closing links come sooner).
    let sliceBytes: Int
    private let descriptor: Int32
    /// The file's size and modification time when it was opened.
    let size: Int
    private let modified: timespec
    /// Where the next slice starts in the file.
    private(set) var offset = 0
    /// The bytes read past the last cut: the next slice's first bytes.
    private var carry: [UInt8] = []

    /// Opens the regular file at `path`.
    init(path: String, name: String, sliceBytes: Int) throws(InputError) {
        self.name = name
        self.sliceBytes = max(sliceBytes, 1)
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(.unreadable, file: name, "cannot be read (permissions?)") }
        var status = stat()
        fstat(descriptor, &status)
        size = Int(status.st_size)
        modified = status.st_mtim
    }

    deinit { close(descriptor) }

    /// The error for a file that changed between two reads.
    static func changed(_ name: String) -> InputError {
        InputError(.unreadable, file: name, "changed while it was read; run again once it is written")
    }

    /// Throws when the file's size or modification time is no longer what it was when opened.
    func checkUnchanged() throws(InputError) {
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == size,
              status.st_mtim.tv_sec == modified.tv_sec, status.st_mtim.tv_nsec == modified.tv_nsec else {
            throw Self.changed(name)
        }
    }

    /// The next slice: where it starts in the file and its bytes; nil after the last.
    mutating func next() throws(InputError) -> (start: Int, bytes: [UInt8])? {
        guard offset < size else { return nil }
        var want = sliceBytes
        var bytes = try readOn(after: carry, upTo: want)
        carry = []
        var searched = 0  // the bytes before it hold no cut
        while true {
            let atEnd = offset + bytes.count == size
            if let cut = atEnd ? bytes.count : bytes.withUnsafeBufferPointer({ Self.cut($0, atEnd: false, from: searched) }) {
                let start = offset
                carry = Array(bytes[cut...])
                bytes.removeSubrange(cut...)
                offset += cut
                return (start, bytes)
            }
            // No closing links in the slice yet (a card longer than a slice): read on, the first cut after counts.
            searched = max(0, bytes.count - 1)  // (a CR at the end may start a CRLF)
            want += max(sliceBytes, 4096)
            bytes = try readOn(after: bytes, upTo: want)
        }
    }

    /// `head` followed by the file's next bytes, up to `count` bytes in all or the file's end.
    private mutating func readOn(after head: [UInt8], upTo count: Int) throws(InputError) -> [UInt8] {
        let count = max(head.count, min(count, size - offset))
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: head)
            initialized = head.count + FileBytes.fill(UnsafeMutableBufferPointer(rebasing: buffer[head.count...]),
                                                      from: descriptor, failure: &failure)
        }
        if failure != 0 {
            throw InputError(.unreadable, file: name, "cannot be read: \(String(cString: strerror(failure)))")
        }
        guard bytes.count == count else { throw Self.changed(name) }  // the file ended early
        try checkUnchanged()
        return bytes
    }

    /// The bytes `range` of the file, read again (`PublicationReader` re-reads a slice).
    func bytes(_ range: Range<Int>) throws(InputError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            var count = 0
            while count < range.count, failure == 0 {
                let got = pread(descriptor, buffer.baseAddress! + count, range.count - count, off_t(range.lowerBound + count))
                if got > 0 { count += got } else if got == 0 { break } else if errno != EINTR { failure = errno }
            }
            initialized = count
        }
        if failure != 0 {
            throw InputError(.unreadable, file: name, "cannot be read: \(String(cString: strerror(failure)))")
        }
        guard bytes.count == range.count else { throw Self.changed(name) }
        try checkUnchanged()
        return bytes
    }

    /// The offset just past the last complete line of `b` that is closing links as `CardLines` reads
    /// it (trimmed, at most `PublicationExtractor.maximumLineBytes` long), its line end at `from` or
    /// later; nil when there is none. A line is complete once the byte after its CR is known (it may
    /// start a CRLF), or at the file's end.
    static func cut(_ b: UnsafeBufferPointer<UInt8>, atEnd: Bool, from: Int = 0) -> Int? {
        func isSeparator(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
        var i = b.count - 1
        while i >= from {
            while i >= from, !isSeparator(b[i]) { i -= 1 }
            guard i >= from else { return nil }
            if b[i] == 0x0D, i == b.count - 1, !atEnd { i -= 1; continue }
            let lineEnd = b[i] == 0x0A && i > 0 && b[i - 1] == 0x0D ? i - 1 : i
            var lineStart = lineEnd
            while lineStart > 0, !isSeparator(b[lineStart - 1]) { lineStart -= 1 }
            if isClosingLinks(UnsafeBufferPointer(rebasing: b[lineStart..<lineEnd])) { return i + 1 }
            i = lineStart - 1
        }
        return nil
    }

    /// Whether `line` (a whole line, untrimmed) is closing links to `CardLines` and the extractor.
    static func isClosingLinks(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= PublicationExtractor.maximumLineBytes, CardMarkers.mayBeTerminator(line) else { return false }
        // Trimmed as `CardLines` trims: Foundation's `.whitespaces` (its ASCII pass gives the same).
        let text = ASCIIFastPath.trimmingWhitespaces(String(decoding: line, as: UTF8.self))
        return !text.isEmpty && CardMarkers.isTerminator(text)
    }
}
