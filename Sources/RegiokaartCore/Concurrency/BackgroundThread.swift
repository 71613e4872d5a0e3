import Foundation

/// A thread that runs the work handed to it one piece after another, in the order given, and ends
/// when none is left; work handed over after it ended starts a new one.
///
/// Several values made in the background one after the other (`BackgroundValue(on:)`) then cost
/// one thread, and keep to the one core the caller leaves free rather than contending for both.
final class BackgroundThread: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`: the work not yet started.
    private var queue: [@Sendable () -> Void] = []
    /// Guarded by `lock`: true while the thread runs.
    private var running = false

    /// Runs `work` after the work handed over before it, on this thread.
    func run(_ work: @escaping @Sendable () -> Void) {
        lock.lock()
        queue.append(work)
        let starts = !running
        running = true
        lock.unlock()
        guard starts else { return }
        let thread = Thread { [self] in
            while let next = take() { next() }
        }
        thread.stackSize = 8 << 20
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    /// The next piece of work, or nil (and the thread ends) when none is left.
    private func take() -> (@Sendable () -> Void)? {
        lock.lock()
        defer { lock.unlock() }
        guard !queue.isEmpty else {
            running = false
            return nil
        }
        return queue.removeFirst()
    }
}
