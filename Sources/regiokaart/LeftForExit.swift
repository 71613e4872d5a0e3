/// Values the process leaves to the system to reclaim at exit instead of freeing them itself.
///
/// A build's dataset is hundreds of thousands of small allocations on a large corpus: released one
/// by one when the command returns, they keep a core busy after the last file is on disk, for memory
/// the system takes back at once when the process ends.
enum LeftForExit {
    /// Keeps `value` (and what it holds by reference) alive until the process exits.
    static func keep<Value>(_ value: Value) {
        UnsafeMutablePointer<Value>.allocate(capacity: 1).initialize(to: value)
    }
}
