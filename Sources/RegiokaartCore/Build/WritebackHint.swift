#if canImport(Glibc)
import Glibc
#endif

/// Asks the system to start writing a just-written range of a file to disk, without waiting.
///
/// Linux keeps written pages in memory until a tenth of the RAM is dirty or half a minute has passed,
/// so a file of hundreds of megabytes is transferred only when it is fsynced: after its rendering,
/// with nothing left to overlap. `sync_file_range(…, SYNC_FILE_RANGE_WRITE)` starts the transfer of
/// a range and returns, so the disk works while the next chunks are rendered and the final fsync
/// finds little left to do. Only a hint: the fsync still makes the file durable. It is looked up at
/// run time (Swift's Glibc module leaves it out); where it is absent this does nothing.
enum WritebackHint {
    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32

    private static let syncFileRange: SyncFileRange? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sync_file_range") else { return nil }
        return unsafeBitCast(symbol, to: SyncFileRange.self)
        #else
        return nil
        #endif
    }()

    /// `SYNC_FILE_RANGE_WRITE` of `<fcntl.h>`: start writing the dirty pages of the range, don't wait.
    private static let startWrite: UInt32 = 2

    /// How many written bytes the writer gathers before it hints: large enough that the calls cost
    /// nothing, small enough that the disk starts early.
    static let stride = 8 << 20

    /// Starts the transfer of `count` bytes of `fd` from `offset`. Failures are ignored: the fsync
    /// that follows reports any error of the file.
    static func start(_ fd: Int32, offset: Int, count: Int) {
        _ = syncFileRange?(fd, Int64(offset), Int64(count), startWrite)
    }
}
