/// Bytes on their way to an output file: appended into a buffer that is handed to `drain` whenever
/// it reaches `chunkSize`, so that a 300 MB file never sits in memory whole. Every chunk but the
/// last ends at a multiple of `alignment` bytes from the start (see `init(chunkSize:alignment:drain:)`).
///
/// Appending never throws: the first failure of `drain` is kept, later bytes are dropped, and
/// `finish()` throws it. A sink made with `init()` keeps everything in memory (`bytes`).
/// A class, not a struct: the renderers and the JSON encoder's containers all append to the same sink.
///
/// The buffer is a raw allocation rather than a `[UInt8]`: every byte of the ~600 MB of outputs of
/// a large archive is appended here, mostly a few bytes at a time, and an array's uniqueness and
/// capacity checks on each append cost more than the copy itself.
final class ByteSink {
    // Unchecked exclusivity: every byte of the outputs goes through these properties, and the
    // run-time access checks on class properties cost more than the appends (nothing here hands
    // out overlapping accesses to them).
    @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
    /// How many bytes the buffer holds before it must be drained or grown (a draining sink keeps its
    /// size whatever it is given, but for `write(upTo:)` asking for more).
    @exclusivity(unchecked) private(set) var capacity: Int
    /// The number of bytes not yet drained (for an in-memory sink: all of them).
    @exclusivity(unchecked) private(set) var count = 0
    private let chunkSize: Int
    /// Every chunk but the last ends at a multiple of this many bytes from the start (a power of two).
    private let alignment: Int
    private let drain: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
    private var failure: (any Error)?

    /// The bytes not yet drained (for an in-memory sink: all of them).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    /// The bytes not yet drained as UTF-8 text (for an in-memory sink: all of them).
    var text: String { String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self) }

    /// A sink that keeps every byte in `bytes`.
    init() {
        chunkSize = .max
        alignment = 1
        drain = nil
        capacity = 4096
        buffer = .allocate(capacity: capacity)
    }

    /// A sink that hands its bytes to `drain` in chunks of about `chunkSize` bytes. 256 KiB by
    /// default: the sinks of the files written at once (four CSVs and a JSON) are part of the run's peak.
    ///
    /// With an `alignment` (a power of two up to `chunkSize`; anything else counts as 1), every chunk
    /// but the last ends at a multiple of it from the start; the few bytes past the last multiple wait
    /// for the next chunk. A file written over in place (`StagingFolder`) is then written in whole
    /// blocks of its file system: a block written only in part would first be read back from the disk.
    init(chunkSize: Int = 256 << 10, alignment: Int = 1, drain: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.chunkSize = max(chunkSize, 1)
        self.alignment = alignment > 0 && alignment & (alignment - 1) == 0 && alignment <= self.chunkSize ? alignment : 1
        self.drain = drain
        capacity = self.chunkSize + self.chunkSize / 4 + self.alignment
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// Appends one byte.
    @inline(__always)
    func write(_ byte: UInt8) {
        if count == capacity { grow(1) }
        buffer[count] = byte
        count += 1
        if count >= chunkSize { drainBuffer() }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Appends `more`.
    @inline(__always)
    func write(_ more: UnsafeBufferPointer<UInt8>) {
        let n = more.count
        if n == 0 { return }
        if capacity - count < n {
            if n >= chunkSize, drain != nil { return drainPassingThrough(more) }
            grow(n)
        }
        (buffer + count).update(from: more.baseAddress!, count: n)
        count += n
        if count >= chunkSize { drainBuffer() }
    }

    /// Drains the buffer, then hands `more` (a chunk or longer) to `drain` as it is: copied, a long
    /// text (a message naming every copy of a region) would grow the buffer to its length for the
    /// rest of the file, and the buffers of the files written at once are part of the run's peak.
    /// With an alignment, the buffer is first topped up from `more` to a multiple of it, and what
    /// follows the last multiple in `more` stays in the buffer.
    @inline(never)
    private func drainPassingThrough(_ more: UnsafeBufferPointer<UInt8>) {
        let topUp = (alignment - count % alignment) % alignment
        (buffer + count).update(from: more.baseAddress!, count: topUp)
        count += topUp
        drainBuffer()
        let rest = UnsafeBufferPointer(rebasing: more[topUp...])
        let whole = rest.count - rest.count % alignment
        if let drain, failure == nil {
            do { try drain(UnsafeBufferPointer(rebasing: rest[..<whole])) } catch { failure = error }
        }
        // `drainBuffer` left less than one alignment's bytes, and none when it was topped up.
        (buffer + count).update(from: rest.baseAddress! + whole, count: rest.count - whole)
        count += rest.count - whole
    }

    /// Appends `more`.
    func write(_ more: [UInt8]) {
        more.withUnsafeBufferPointer { write($0) }
    }

    /// Appends `count` copies of `byte` (indentation).
    @inline(__always)
    func write(repeating byte: UInt8, count n: Int) {
        if n <= 0 { return }
        if capacity - count < n { grow(n) }
        (buffer + count).update(repeating: byte, count: n)
        count += n
        if count >= chunkSize { drainBuffer() }
    }

    /// Appends at most `maxCount` bytes that `fill` stores at the address it is given, returning
    /// how many it stored: a short run of pieces with one capacity check rather than one per byte.
    @inline(__always)
    func write(upTo maxCount: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Int) {
        if capacity - count < maxCount { grow(maxCount) }
        count += fill(buffer + count)
        if count >= chunkSize { drainBuffer() }
    }

    /// Appends the decimal digits of `value`, without making a `String`.
    func write(decimal value: Int) {
        if value < 0 {
            write(UInt8(ascii: "-"))
            write(decimal: value.magnitude)
        } else {
            write(decimal: UInt(value))
        }
    }

    /// Appends the decimal digits of `value`, without making a `String`: two digits per division.
    func write(decimal value: UInt) {
        if capacity - count < Self.maxDecimalDigits { grow(Self.maxDecimalDigits) }
        count += Self.store(decimal: value, at: buffer + count)
        if count >= chunkSize { drainBuffer() }
    }

    /// The most digits a `UInt` has (`UInt.max`).
    static var maxDecimalDigits: Int { 20 }

    /// Stores the decimal digits of `value` at `p` (room for `maxDecimalDigits`), returning how many.
    @inline(__always)
    static func store(decimal value: UInt, at p: UnsafeMutablePointer<UInt8>) -> Int {
        let pairs = digitPairs.utf8Start
        if value < 100 {
            // Counts and small figures: one or two bytes, no division.
            if value < 10 {
                p[0] = UInt8(truncatingIfNeeded: value) &+ 0x30
                return 1
            }
            let pair = Int(value) &* 2
            p[0] = pairs[pair]
            p[1] = pairs[pair &+ 1]
            return 2
        }
        let digits = digitCount(value)
        var n = value
        var at = digits
        while n >= 100 {
            let pair = Int(n % 100) &* 2
            n /= 100
            at -= 2
            p[at] = pairs[pair]
            p[at + 1] = pairs[pair &+ 1]
        }
        if n >= 10 {
            p[0] = pairs[Int(n) &* 2]
            p[1] = pairs[Int(n) &* 2 &+ 1]
        } else {
            p[0] = UInt8(truncatingIfNeeded: n) &+ 0x30
        }
        return digits
    }

    /// The number of decimal digits of `value` (at least 100): below 10⁸ (line numbers, figures) by
    /// a few comparisons, which cost less than the table below; above, estimated from its bit length
    /// (log10 2 ≈ 1233 / 4096), then corrected by one comparison with a power of ten.
    @inline(__always)
    static func digitCount(_ value: UInt) -> Int {
        if value < 10_000 { return value < 1_000 ? 3 : 4 }
        if value < 1_000_000 { return value < 100_000 ? 5 : 6 }
        if value < 100_000_000 { return value < 10_000_000 ? 7 : 8 }
        let estimate = ((UInt.bitWidth - value.leadingZeroBitCount) &* 1233) >> 12
        return value >= powersOfTen[estimate] ? estimate + 1 : estimate
    }

    /// 10⁰ … 10¹⁹: every power of ten a `UInt` holds.
    private static let powersOfTen: [UInt] = (0..<20).map { (0..<$0).reduce(1) { n, _ in n * 10 } }

    /// "00", "01" … "99", end to end.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Drains what is left and reports the first failure, if any.
    func finish() throws {
        if drain != nil { drainBuffer(all: true) }
        if let failure { throw failure }
    }

    /// Makes room for `needed` more bytes: drains first (a draining sink), then grows if that is
    /// not enough (an in-memory sink, or one write larger than the buffer).
    private func grow(_ needed: Int) {
        if drain != nil, count > 0 { drainBuffer() }
        guard capacity - count < needed else { return }
        let newCapacity = max(capacity * 2, count + needed)
        let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBuffer.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }

    /// Hands the buffer to `drain` up to its last multiple of `alignment` (`all`: to its end), and
    /// moves what follows to its start.
    private func drainBuffer(all: Bool = false) {
        guard let drain else { return }
        let drained = all ? count : count - count % alignment
        if failure == nil, drained > 0 {
            do { try drain(UnsafeBufferPointer(start: buffer, count: drained)) } catch { failure = error }
        }
        count -= drained
        if drained > 0, count > 0 { buffer.update(from: buffer + drained, count: count) }
    }
}
