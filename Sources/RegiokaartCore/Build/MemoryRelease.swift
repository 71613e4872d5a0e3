#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Hands memory the process has freed back to the system between build stages.
///
/// Extraction and normalisation of a large archive free many short-lived buffers; glibc's
/// allocator keeps those pages mapped (and counted in the resident set) until told otherwise, so
/// the next stage's peak sat on top of the last one's garbage. glibc's `malloc_trim(0)` returns
/// them. It is looked up at run time (Swift's Glibc module leaves `<malloc.h>` out); where it is
/// absent this does nothing. Only a large input's run does either (`isLargeInput`): a small run's
/// peak is a few MB, and the pages it frees are better kept for its next allocations.
enum MemoryRelease {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// True once `mapLargeBlocksApart()` was called: the process builds from a large input.
    private static let largeInput = Atomic(false)

    /// Returns freed heap pages to the system, in a process that `mapLargeBlocksApart()` set up for
    /// a large input; else does nothing: pages returned by a small run are faulted in again by its
    /// next allocations (the real publication: ~140 page faults, 1–2 ms of its run).
    static func returnFreedPages() {
        guard largeInput.load(ordering: .relaxed) else { return }
        _ = trim?(0)
    }

    private typealias Option = @convention(c) (Int32, Int32) -> Int32

    private static let setOption: Option? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return nil }
        return unsafeBitCast(symbol, to: Option.self)
        #else
        return nil
        #endif
    }()

    /// glibc's `M_MMAP_THRESHOLD` (`<malloc.h>`).
    private static let mmapThreshold: Int32 = -3

    /// Has every block of 128 KiB and more mapped on its own, so that its pages go back to the system
    /// when it is freed. Left alone, glibc raises that threshold to the largest mapped block freed
    /// (the publication's bytes, tens of MB), after which the steps' and writers' large buffers come
    /// from the heap, whose freed pages stay resident between the holes the long-lived data leaves.
    static func mapLargeBlocksApart() {
        largeInput.store(true, ordering: .relaxed)
        _ = setOption?(mmapThreshold, 128 * 1024)
    }

    /// Publications from this size on (a few dozen copies of the real one) have a peak worth
    /// `mapLargeBlocksApart()`. A smaller one's peak is a few MB, and the blocks its writers free
    /// are better reused from the heap than mapped afresh each time (page faults and `munmap`s that
    /// are a tenth of a small run's system time).
    static let largeInputBytes = 4 << 20

    /// True when the file at `path` is at least `largeInputBytes` long; false when it is smaller or
    /// cannot be examined (reading it will report why).
    static func isLargeInput(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && Int(status.st_size) >= largeInputBytes
    }
}
