import Foundation

extension SourceLines {
    /// `forEachByteRange`, each line's end found with `memchr` (or, in text with a CR, `ByteFinder`)
    /// rather than byte by byte: this walks every byte of the document, whose lines are short.
    @inline(__always)  // so that `body` is inlined into the loop: this runs once per line of the document
    func forEachLine(_ body: (_ position: Int, _ range: Range<Int>) -> Void) {
        guard ends == nil else { return forEachByteRange(body) }
        withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            let n = buffer.count
            var start = checkpoints.first.map(Int.init) ?? 0
            // Most text has no CR at all: then a line ends at the next LF.
            let hasCR = start < n && memchr(base + start, 0x0D, n - start) != nil
            let lineEnds = ByteFinder([0x0A, 0x0D])
            for position in 0..<lineCount {
                let end: Int
                if hasCR {
                    end = lineEnds.firstIndex(in: buffer, from: start) ?? n
                } else if start < n, buffer[start] == 0x0A {
                    end = start  // an empty line (a third of a publication's): no `memchr` call
                } else if start < n, let hit = memchr(base + start, 0x0A, n - start) {
                    end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                } else {
                    end = n
                }
                body(position, start..<end)
                start = end + 1
                if hasCR, end < n, buffer[end] == 0x0D, start < n, buffer[start] == 0x0A { start += 1 }  // CRLF
            }
        }
    }
}
