/// Text keys and the regions that have them, kept as one sorted array of 64-bit entries: the key's
/// 32-bit hash above the region index. A lookup gives every region with that key, ascending, and
/// possibly a few others whose key shares the hash, so the caller runs its own exact test on them.
///
/// Hand-written instead of `[String: [Int]]`: on archives these tables hold hundreds of thousands of
/// keys at the build's peak memory, where a dictionary of strings to arrays costs ten times as much.
struct HashedPostings: Sendable, Equatable {
    private let entries: [UInt64]

    /// The table of `entries` (each `entry(_:region:)`, in any order), sorted in place.
    init(entries: consuming [UInt64]) {
        var entries = entries
        entries.sort()
        self.entries = entries
    }

    /// The entry of `key` for `region`: its hash above the region index.
    static func entry(_ key: String, region: Int) -> UInt64 {
        hash(key) << 32 | UInt64(UInt32(region))
    }

    /// The regions that have `key` (and any whose key shares its hash), ascending, each once.
    func regions(for key: String) -> [Int] {
        let hash = Self.hash(key) << 32
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle] < hash { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        while low < entries.count, entries[low] & 0xFFFF_FFFF_0000_0000 == hash {
            let region = Int(entries[low] & 0xFFFF_FFFF)
            if found.last != region { found.append(region) }
            low += 1
        }
        return found
    }

    /// The 32-bit hash of `key` (the process's seeded `Hasher`; only equality within a run matters).
    static func hash(_ key: String) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: key.hashValue))
    }
}
