/// Where each of `CardLines`' lines stands in its document, in about 7 bytes a line: the start of
/// its trimmed text (4 bytes), its length (2) and the number of document lines between it and the
/// line before (1); the rare length or gap too large for its field is kept beside, by line.
///
/// A line's position in the document is the stored position of every `stride`-th line plus the
/// gaps since. An archive has millions of non-blank lines, and this table lives as long as the
/// extraction, beside the document and every card read: three `UInt32` a line were 30 MB of its peak.
struct CardLineTable {
    /// Where each line's trimmed text starts in the document's bytes.
    private let starts: [UInt32]
    /// Each line's trimmed length; `UInt16.max`: see `longLengths`.
    private let lengths: [UInt16]
    /// The document lines between each line and the one before it (blank or skipped lines; for
    /// the first line, those before it); `UInt8.max`: see `longGaps`.
    private let gaps: [UInt8]
    /// The position of line `k * stride`, for each `k`.
    private let checkpoints: [UInt32]
    /// Lengths of `UInt16.max` and more, by line.
    private let longLengths: [Int: Int]
    /// Gaps of `UInt8.max` and more, by line.
    private let longGaps: [Int: Int]
    /// Lines between two stored positions.
    static let stride = 8

    /// The table `builder` filled, in storage sized to its lines.
    init(_ builder: consuming Builder) {
        let count = builder.count
        starts = Array(UnsafeBufferPointer(start: builder.starts, count: count))
        lengths = Array(UnsafeBufferPointer(start: builder.lengths, count: count))
        gaps = Array(UnsafeBufferPointer(start: builder.gaps, count: count))
        checkpoints = Array(UnsafeBufferPointer(start: builder.checkpoints, count: (count + Self.stride - 1) / Self.stride))
        longLengths = builder.longLengths
        longGaps = builder.longGaps
        builder.deallocate()
    }

    /// The number of lines.
    var count: Int { starts.count }

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
        precondition(k >= 0 && k < count, "line index out of range")
        let first = k - k % Self.stride
        var position = Int(checkpoints[k / Self.stride])
        gaps.withUnsafeBufferPointer { gaps in
            for j in (first + 1)..<(k + 1) {
                let gap = gaps[j]
                position += (gap == .max ? longGaps[j]! : Int(gap)) + 1
            }
        }
        return position
    }
}
