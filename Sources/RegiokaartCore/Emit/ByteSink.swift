/// Bytes on their way to an output file: appended into a buffer that is handed to `drain` whenever
/// it reaches `chunkSize`, so that a 300 MB file never sits in memory whole.
///
/// Appending never throws: the first failure of `drain` is kept, later bytes are dropped, and
/// `finish()` throws it. A sink made with `init()` keeps everything in memory (`bytes`).
/// A class, not a struct: the renderers and the JSON encoder's containers all append to the same sink.
public final class ByteSink {
    /// The bytes not yet drained (for an in-memory sink: all of them).
    /// Unchecked exclusivity: every byte of the outputs goes through this property, and the
    /// run-time access checks on a class property cost more than the appends (nothing here
    /// hands out overlapping accesses to it).
    @exclusivity(unchecked) public private(set) var bytes: [UInt8] = []
    private let chunkSize: Int
    private let drain: ((UnsafeBufferPointer<UInt8>) throws -> Void)?
    private var failure: (any Error)?

    /// A sink that keeps every byte in `bytes`.
    public init() {
        chunkSize = .max
        drain = nil
    }

    /// A sink that hands its bytes to `drain` in chunks of about `chunkSize` bytes.
    public init(chunkSize: Int = 1 << 20, drain: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.chunkSize = chunkSize
        self.drain = drain
        bytes.reserveCapacity(chunkSize + chunkSize / 4)
    }

    /// Appends one byte.
    @inline(__always)
    public func write(_ byte: UInt8) {
        bytes.append(byte)
        if bytes.count >= chunkSize { drainBuffer() }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inline(__always)
    public func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= chunkSize { drainBuffer() }
    }

    /// Appends `buffer`.
    @inline(__always)
    public func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
        if bytes.count >= chunkSize { drainBuffer() }
    }

    /// Appends `more`.
    public func write(_ more: [UInt8]) {
        bytes.append(contentsOf: more)
        if bytes.count >= chunkSize { drainBuffer() }
    }

    /// Appends the decimal digits of `value`, without making a `String`.
    public func write(decimal value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            write(decimal: value.magnitude)
        } else {
            write(decimal: UInt(value))
        }
    }

    /// Appends the decimal digits of `value`, without making a `String`.
    public func write(decimal value: UInt) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt.max (20 digits)
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[23 - count] = UInt8(truncatingIfNeeded: n % 10) + 0x30
                n /= 10
                count += 1
            } while n > 0
            bytes.append(contentsOf: raw[(24 - count)...])
        }
        if bytes.count >= chunkSize { drainBuffer() }
    }

    /// Drains what is left and reports the first failure, if any.
    public func finish() throws {
        if drain != nil { drainBuffer() }
        if let failure { throw failure }
    }

    private func drainBuffer() {
        guard let drain else { return }
        if failure == nil {
            do { try bytes.withUnsafeBufferPointer { try drain($0) } } catch { failure = error }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
