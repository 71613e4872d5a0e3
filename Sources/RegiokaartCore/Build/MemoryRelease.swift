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
}
