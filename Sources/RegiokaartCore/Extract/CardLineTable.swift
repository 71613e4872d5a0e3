/// Where each of `CardLines`' lines stands in its document, in about 7 bytes a line: the start of
/// its trimmed text (4 bytes), its length (2) and the number of document lines between it and the
/// line before (1); the rare length or gap too large for its field is kept beside, by line.
///
/// A line's position in the document is the stored position of every `stride`-th line plus the
/// gaps since. An archive has millions of non-blank lines, and this table lives as long as the
/// extraction, beside the document and every card read: three `UInt32` a line were 30 MB of its peak.
struct CardLineTable {
    /// Where each line's trimmed text starts in the document's bytes.
    private var starts: [UInt32] = []
    /// Each line's trimmed length; `UInt16.max`: see `longLengths`.
    private var lengths: [UInt16] = []
    /// The document lines between each line and the one before it (blank or skipped lines; for
    /// the first line, those before it); `UInt8.max`: see `longGaps`.
    private var gaps: [UInt8] = []
    /// The position of line `k * stride`, for each `k`.
    private var checkpoints: [UInt32] = []
    /// Lengths of `UInt16.max` and more, by line.
    private var longLengths: [Int: Int] = [:]
    /// Gaps of `UInt8.max` and more, by line.
    private var longGaps: [Int: Int] = [:]
    /// The position of the last line appended (-1: none yet).
    private var lastPosition = -1

    /// Lines between two stored positions.
    static let stride = 16

    /// An empty table with room for `capacity` lines.
    init(capacity: Int) {
        starts.reserveCapacity(capacity)
        lengths.reserveCapacity(capacity)
        gaps.reserveCapacity(capacity)
        checkpoints.reserveCapacity(capacity / Self.stride + 1)
    }

    /// The number of lines.
    var count: Int { starts.count }

    /// Appends the line at document position `position` (after the last one appended), whose
    /// trimmed text is the document's bytes `start..<end`.
    mutating func append(position: Int, start: Int, end: Int) {
        precondition(position > lastPosition && start <= end && end <= Int(UInt32.max))
        let k = starts.count
        if k % Self.stride == 0 { checkpoints.append(UInt32(position)) }
        starts.append(UInt32(start))
        let length = end - start
        if length >= Int(UInt16.max) {
            lengths.append(.max)
            longLengths[k] = length
        } else {
            lengths.append(UInt16(length))
        }
        let gap = position - lastPosition - 1
        if gap >= Int(UInt8.max) {
            gaps.append(.max)
            longGaps[k] = gap
        } else {
            gaps.append(UInt8(gap))
        }
        lastPosition = position
    }

    /// Sizes the storage to the lines appended.
    mutating func compact() {
        starts = starts.compacted()
        lengths = lengths.compacted()
        gaps = gaps.compacted()
        checkpoints = checkpoints.compacted()
    }

    /// Where line `k`'s trimmed text starts in the document's bytes.
    @inline(__always) func start(_ k: Int) -> Int { Int(starts[k]) }

    /// The UTF-8 length of line `k`'s trimmed text.
    @inline(__always) func length(_ k: Int) -> Int {
        let length = lengths[k]
        return length == .max ? longLengths[k]! : Int(length)
    }

    /// Where line `k`'s trimmed text ends in the document's bytes.
    @inline(__always) func end(_ k: Int) -> Int { start(k) + length(k) }

    /// Line `k`'s trimmed text in the document's bytes.
    @inline(__always) func range(_ k: Int) -> Range<Int> { start(k)..<end(k) }

    /// Line `k`'s position in the document.
    func position(_ k: Int) -> Int {
        let first = k - k % Self.stride
        var position = Int(checkpoints[k / Self.stride])
        for j in (first + 1)..<(k + 1) {
            let gap = gaps[j]
            position += (gap == .max ? longGaps[j]! : Int(gap)) + 1
        }
        return position
    }
}
