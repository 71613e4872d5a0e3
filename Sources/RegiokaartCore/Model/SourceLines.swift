/// The lines of a `SourceDocument`: a random-access collection of `SourceLine`s, each made when
/// it is accessed from one shared UTF-8 buffer.
///
/// Hand-written instead of `[SourceLine]`: large archives have millions of lines, and a `String`
/// plus an `Int` per line (with a heap object for every line over 15 bytes) held about three times
/// the input in memory. Here the text of every line lies in one buffer (for a text file: the file's
/// own bytes, line ends included) and each line costs the 4-byte offset where it ends.
public struct SourceLines: RandomAccessCollection, Hashable, Sendable {
    /// The UTF-8 text. Line `i` is `bytes[start(of: i)..<ends[i]]`; between two lines stands one
    /// separator: LF, CR or CRLF.
    let bytes: [UInt8]
    /// Where the first line starts (after a byte-order mark, for a text file).
    let firstStart: Int
    /// The byte offset just past each line's text.
    let ends: [UInt32]
    /// Each line's number, when they are not simply 1, 2, 3, … (nil).
    let numbers: [Int]?

    /// Lines whose text is `bytes[start..<ends[i]]`, numbered by `numbers` (or 1, 2, 3, … when nil).
    /// `bytes` must hold a separator (LF, CR or CRLF) at each `ends[i]` but the last.
    init(bytes: [UInt8], firstStart: Int, ends: [UInt32], numbers: [Int]?) {
        precondition(bytes.count <= Int(UInt32.max), "a source document is at most 4 GiB")
        self.bytes = bytes
        self.firstStart = firstStart
        self.ends = ends
        self.numbers = numbers
    }

    /// The given lines, stored compactly.
    public init(_ lines: [SourceLine]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var ends: [UInt32] = []
        ends.reserveCapacity(lines.count)
        var numbers: [Int] = []
        numbers.reserveCapacity(lines.count)
        var sequential = true
        for (i, line) in lines.enumerated() {
            bytes.append(contentsOf: line.text.utf8)
            ends.append(UInt32(bytes.count))
            bytes.append(0x0A)
            numbers.append(line.number)
            if line.number != i + 1 { sequential = false }
        }
        self.init(bytes: bytes, firstStart: 0, ends: ends, numbers: sequential ? nil : numbers)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(position: Int) -> SourceLine {
        SourceLine(text(at: position), number: number(at: position))
    }

    /// The 1-based line number of the line at `position`.
    @inline(__always) func number(at position: Int) -> Int {
        numbers?[position] ?? position + 1
    }

    /// The text of the line at `position`.
    func text(at position: Int) -> String {
        let range = byteRange(at: position)
        return bytes.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
    }

    /// Where the text of the line at `position` lies in `bytes`.
    @inline(__always) func byteRange(at position: Int) -> Range<Int> {
        start(of: position)..<Int(ends[position])
    }

    /// The offset of the first byte of the line at `position`: just past the separator before it.
    @inline(__always) private func start(of position: Int) -> Int {
        guard position > 0 else { return firstStart }
        let end = Int(ends[position - 1])
        return bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? end + 2 : end + 1
    }

    /// Calls `body` with the UTF-8 bytes of the whole buffer (see `byteRange(at:)`).
    func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Lines are equal when they hold the same texts and numbers, however they are stored.
    public static func == (lhs: SourceLines, rhs: SourceLines) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for line in self { hasher.combine(line) }
    }
}
