import Foundation

/// One slot per task of a `DispatchQueue.concurrentPerform` (the extractor's halves, `TwoCores`'
/// tasks, the writers' files): each task sets its own slot, and the caller reads them in task order once all have
/// finished, so the result does not depend on which core finished first.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var values: [Value?]

    /// `count` empty slots.
    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    /// Sets slot `index` (each task its own).
    func set(_ value: Value, at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    /// `values`, one per slot: work handed to the tasks, each taking its own. Pass the values
    /// consumed, so that a task that takes and changes its value copies nothing it holds.
    init(values: consuming [Value]) {
        self.values = (consume values).map(Optional.some)
    }

    /// Takes the value out of slot `index` (nil while it is not set), leaving it empty: the caller
    /// then holds the only copy, which is freed when the caller is done with it.
    func take(at index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[index].take()
    }

    /// The value of slot `index`, nil while it is not set.
    func value(at index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
    }
}
