#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the process has freed back to the system between build stages.
///
/// Extraction and normalisation of a large archive free many short-lived buffers; glibc's
/// allocator keeps those pages mapped (and counted in the resident set) until told otherwise, so
/// the next stage's peak sat on top of the last one's garbage. glibc's `malloc_trim(0)` returns
/// them. It is looked up at run time (Swift's Glibc module leaves `<malloc.h>` out); where it is
/// absent this does nothing.
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

    /// Returns freed heap pages to the system.
    static func returnFreedPages() {
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
        _ = setOption?(mmapThreshold, 128 * 1024)
    }
}
