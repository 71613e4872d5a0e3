/// The lines of a `SourceDocument`: a random-access collection of `SourceLine`s, each made when
/// it is accessed from one shared UTF-8 buffer.
///
/// Hand-written instead of `[SourceLine]` so that archives of millions of lines are held at about the
/// size of their text (a `String` per line costs far more; scripts/BENCHMARKS.md). The text of every
/// line lies in one buffer (for a text file: the file's own bytes, line ends included), lines are
/// separated by LF, CR or CRLF, and only the start of every `checkpointStride`-th line is stored: a
/// line is found by scanning at most that many short lines from its checkpoint. Iterating walks the
/// buffer once.
struct SourceLines: RandomAccessCollection, Hashable, Sendable {
    /// The UTF-8 text: the lines in order, each followed by a separator (LF, CR or CRLF; the last
    /// line may have none).
    let bytes: [UInt8]
    /// The number of lines.
    let lineCount: Int
    /// The byte offset where line `k * checkpointStride` starts, for each `k`.
    let checkpoints: [UInt32]
    /// Where each line's text ends, for lines whose texts themselves hold CR or LF (made through
    /// `init(_:)` only, separated by one LF); nil when each line runs to the next CR or LF.
    let ends: [UInt32]?
    /// Each line's number, when they are not simply `firstNumber`, `firstNumber + 1`, … (nil).
    let numbers: [Int]?
    /// The number of the first line when `numbers` is nil: 1, or where a slice of a file starts.
    let firstNumber: Int
    /// The lines whose text the reader gives without the invisible format characters printed in
    /// it (the HTML and the text reader: a soft hyphen or zero-width space must not break a label
    /// or a heading), as printed with them, by position; empty for most documents. A name is read from its printing, so that
    /// what is removed from it is reported.
    let printings: [Int: String]

    /// Lines between two stored starts.
    static let checkpointStride = 8

    /// Lines stored in `bytes` as described there, `checkpoints` made as the lines were found.
    init(bytes: [UInt8], lineCount: Int, checkpoints: [UInt32], numbers: [Int]?, firstNumber: Int = 1,
         printings: [Int: String] = [:]) {
        precondition(bytes.count <= Int(UInt32.max), "a source document is at most 4 GiB")
        precondition(checkpoints.count == (lineCount + Self.checkpointStride - 1) / Self.checkpointStride)
        self.bytes = bytes
        self.lineCount = lineCount
        self.checkpoints = checkpoints
        self.ends = nil
        self.numbers = numbers
        self.firstNumber = firstNumber
        self.printings = printings
    }

    /// The given lines, stored compactly.
    init(_ lines: [SourceLine]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var checkpoints: [UInt32] = []
        var ends: [UInt32] = []
        var numbers: [Int] = []
        var sequential = true
        var holdsSeparators = false
        for (i, line) in lines.enumerated() {
            if i % Self.checkpointStride == 0 { checkpoints.append(UInt32(bytes.count)) }
            bytes.append(contentsOf: line.text.utf8)
            if !holdsSeparators, line.text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { holdsSeparators = true }
            ends.append(UInt32(bytes.count))
            bytes.append(0x0A)
            numbers.append(line.number)
            if line.number != i + 1 { sequential = false }
        }
        self.init(bytes: bytes, lineCount: lines.count, checkpoints: checkpoints, numbers: sequential ? nil : numbers)
        if holdsSeparators { self = SourceLines(self, ends: ends) }
    }

    private init(_ lines: SourceLines, ends: [UInt32]) {
        self.bytes = lines.bytes
        self.lineCount = lines.lineCount
        self.checkpoints = lines.checkpoints
        self.ends = ends
        self.numbers = lines.numbers
        self.firstNumber = lines.firstNumber
        self.printings = lines.printings
    }

    var startIndex: Int { 0 }
    var endIndex: Int { lineCount }

    subscript(position: Int) -> SourceLine {
        precondition(position >= 0 && position < lineCount, "line index out of range")
        return line(at: position, range: byteRange(at: position))
    }

    /// The line at `position`, whose text is `bytes[range]`.
    private func line(at position: Int, range: Range<Int>) -> SourceLine {
        SourceLine(bytes.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) },
                   number: number(at: position))
    }

    /// The 1-based line number of the line at `position`.
    @inline(__always) func number(at position: Int) -> Int {
        numbers?[position] ?? firstNumber + position
    }

    /// Where the text of the line at `position` lies in `bytes`.
    func byteRange(at position: Int) -> Range<Int> {
        if let ends {
            let start = position == 0 ? 0 : Int(ends[position - 1]) + 1
            return start..<Int(ends[position])
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var start = Int(checkpoints[position / Self.checkpointStride])
            for _ in 0..<(position % Self.checkpointStride) {
                start = Self.start(after: Self.end(from: start, in: buffer), in: buffer)
            }
            return start..<Self.end(from: start, in: buffer)
        }
    }

    /// Calls `body` with the position and byte range of every line, in order, walking the buffer once.
    func forEachByteRange(_ body: (_ position: Int, _ range: Range<Int>) -> Void) {
        guard ends == nil else {
            for position in indices { body(position, byteRange(at: position)) }
            return
        }
        bytes.withUnsafeBufferPointer { buffer in
            var start = checkpoints.first.map(Int.init) ?? 0
            for position in 0..<lineCount {
                let end = Self.end(from: start, in: buffer)
                body(position, start..<end)
                start = Self.start(after: end, in: buffer)
            }
        }
    }

    /// The offset of the first CR or LF at or after `start`, or the end of the buffer.
    @inline(__always)
    private static func end(from start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var i = start
        while i < buffer.count, buffer[i] != 0x0A, buffer[i] != 0x0D { i += 1 }
        return i
    }

    /// The offset just past the separator at `end` (CRLF counts as one).
    @inline(__always)
    private static func start(after end: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        end + 1 < buffer.count && buffer[end] == 0x0D && buffer[end + 1] == 0x0A ? end + 2 : end + 1
    }

    /// Calls `body` with the whole buffer (see `byteRange(at:)`).
    func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Walks the lines in order, scanning the buffer once.
    struct Iterator: IteratorProtocol {
        let lines: SourceLines
        var position = 0
        var start: Int

        mutating func next() -> SourceLine? {
            guard position < lines.lineCount else { return nil }
            let range: Range<Int>
            if lines.ends != nil {
                range = lines.byteRange(at: position)
            } else {
                let lineStart = start
                let end = lines.bytes.withUnsafeBufferPointer { SourceLines.end(from: lineStart, in: $0) }
                start = lines.bytes.withUnsafeBufferPointer { SourceLines.start(after: end, in: $0) }
                range = lineStart..<end
            }
            defer { position += 1 }
            return lines.line(at: position, range: range)
        }
    }

    func makeIterator() -> Iterator {
        Iterator(lines: self, start: checkpoints.first.map(Int.init) ?? 0)
    }

    /// Lines are equal when they hold the same texts, numbers and printings, however they are stored.
    static func == (lhs: SourceLines, rhs: SourceLines) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs) && lhs.printings == rhs.printings
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(printings)
        for line in self { hasher.combine(line) }
    }
}
