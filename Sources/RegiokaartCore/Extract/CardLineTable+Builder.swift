extension CardLineTable {
    /// Fills a `CardLineTable` one line at a time, while the document is walked: raw storage for
    /// every line the document has, so that an append is a few stores (this runs once per line of
    /// an archive's millions; arrays checked their uniqueness and capacity four times a line).
    /// `CardLineTable.init(_:)` copies what was appended and frees the storage.
    struct Builder {
        let capacity: Int
        let starts: UnsafeMutablePointer<UInt32>
        let lengths: UnsafeMutablePointer<UInt16>
        let gaps: UnsafeMutablePointer<UInt8>
        let checkpoints: UnsafeMutablePointer<UInt32>
        var longLengths: [Int: Int] = [:]
        var longGaps: [Int: Int] = [:]
        /// The number of lines appended.
        private(set) var count = 0
        /// The position of the last line appended (-1: none yet).
        private var lastPosition = -1

        /// Room for `capacity` lines.
        init(capacity: Int) {
            self.capacity = capacity
            starts = .allocate(capacity: max(capacity, 1))
            lengths = .allocate(capacity: max(capacity, 1))
            gaps = .allocate(capacity: max(capacity, 1))
            checkpoints = .allocate(capacity: capacity / CardLineTable.stride + 1)
        }

        /// Appends the line at document position `position` (after the last one appended), whose
        /// trimmed text is the document's bytes `start..<end`.
        @inline(__always)
        mutating func append(position: Int, start: Int, end: Int) {
            precondition(count < capacity && position > lastPosition && start <= end && end <= Int(UInt32.max))
            let k = count
            if k % CardLineTable.stride == 0 { checkpoints[k / CardLineTable.stride] = UInt32(position) }
            starts[k] = UInt32(start)
            let length = end - start, gap = position - lastPosition - 1
            if length < Int(UInt16.max), gap < Int(UInt8.max) {
                lengths[k] = UInt16(truncatingIfNeeded: length)
                gaps[k] = UInt8(truncatingIfNeeded: gap)
            } else {
                appendLong(k, length: length, gap: gap)
            }
            lastPosition = position
            count = k + 1
        }

        /// Stores the length and gap of line `k` when either is too large for its field: apart,
        /// so that the dictionaries' code stays out of the loop over every line.
        @inline(never)
        private mutating func appendLong(_ k: Int, length: Int, gap: Int) {
            if length >= Int(UInt16.max) {
                lengths[k] = .max
                longLengths[k] = length
            } else {
                lengths[k] = UInt16(length)
            }
            if gap >= Int(UInt8.max) {
                gaps[k] = .max
                longGaps[k] = gap
            } else {
                gaps[k] = UInt8(gap)
            }
        }

        /// Moves the start of line `k`, appended already with a length under `UInt16.max`, `offset`
        /// bytes on (a listed figure's bullet found once the line after it is read).
        mutating func advanceStart(of k: Int, by offset: Int) {
            precondition(k < count && lengths[k] != .max && offset <= Int(lengths[k]))
            starts[k] += UInt32(offset)
            lengths[k] -= UInt16(offset)
        }

        /// Frees the storage (the table has copied it).
        func deallocate() {
            starts.deallocate()
            lengths.deallocate()
            gaps.deallocate()
            checkpoints.deallocate()
        }
    }
}
