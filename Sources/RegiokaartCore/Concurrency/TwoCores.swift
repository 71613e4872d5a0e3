import Foundation

/// Work split over the machine's two cores, deterministically: each task works on a value of its
/// own and the results come back in task order, whichever core finished first.
enum TwoCores {
    /// Each of `values` changed by `work`, the values spread over the cores, in the order given. A
    /// task owns its value while it runs (it is moved out of the shared slots), so a change copies
    /// nothing it holds, provided the caller kept no copy: pass the values consumed.
    static func each<Value>(_ values: consuming [Value], _ work: @Sendable (inout Value) -> Void) -> [Value] {
        let count = values.count
        let slots = ConcurrentResults(values: consume values)
        DispatchQueue.concurrentPerform(iterations: count) { task in
            var value = slots.take(at: task)!
            work(&value)
            slots.set(value, at: task)
        }
        return (0..<count).map { slots.take(at: $0)! }
    }

    /// `work(task)` for each task of `0..<count`, the tasks spread over the cores, the results in task order.
    static func map<Value>(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
        let slots = ConcurrentResults<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { task in slots.set(work(task), at: task) }
        return (0..<count).map { slots.take(at: $0)! }
    }

    /// `first()` and `second()` at once, on a core each.
    static func both<First, Second>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second) -> (First, Second) {
        let slots = ConcurrentResults<Any>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { task in slots.set(task == 0 ? first() : second(), at: task) }
        return (slots.take(at: 0) as! First, slots.take(at: 1) as! Second)
    }
}
