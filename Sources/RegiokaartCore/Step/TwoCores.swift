import Foundation

/// Work split over the machine's two cores, deterministically: each task works on a value of its
/// own and the results come back in task order, whichever core finished first.
enum TwoCores {
    /// Each of `values` changed by `work`, the values spread over the cores, in the order given. A task owns its value while it runs (it is moved out of the shared slots), so
    /// a change copies nothing it holds, provided the caller kept no copy: pass the values consumed.
    static func each<Value>(_ values: consuming [Value], _ work: @Sendable (inout Value) -> Void) -> [Value] {
        let count = values.count
        let slots = Slots(consume values)
        DispatchQueue.concurrentPerform(iterations: count) { task in
            var value = slots.take(task)
            work(&value)
            slots.put(value, at: task)
        }
        return (0..<count).map { slots.take($0) }
    }

    /// `work(task)` for each task of `0..<count`, the tasks spread over the cores, the results in task order.
    static func map<Value>(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { task in slots.put(work(task), at: task) }
        return (0..<count).map { slots.take($0) }
    }

    /// `first()` and `second()` at once, on a core each.
    static func both<First, Second>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second) -> (First, Second) {
        let slots = Slots<Any>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { task in slots.put(task == 0 ? first() : second(), at: task) }
        return (slots.take(0) as! First, slots.take(1) as! Second)
    }

    /// One slot per task; each task reads and sets only its own.
    private final class Slots<Value>: @unchecked Sendable {
        private let lock = NSLock()
        /// Guarded by `lock`.
        private var values: [Value?]

        init(_ values: consuming [Value]) { self.values = (consume values).map(Optional.some) }
        init(count: Int) { values = Array(repeating: nil, count: count) }

        /// The value of slot `index`, which is left empty.
        func take(_ index: Int) -> Value {
            lock.lock()
            defer { lock.unlock() }
            let value = values[index].take()
            return value!
        }

        /// Sets slot `index`.
        func put(_ value: Value, at index: Int) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}
