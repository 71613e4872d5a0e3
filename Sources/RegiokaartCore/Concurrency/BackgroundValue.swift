import Foundation

/// A value computed on another core while the caller goes on; `value()` waits for it.
///
/// The build reads the reference data (and builds the matchers on it) on one core while it reads and
/// extracts the publication on the other: the two need nothing of each other until the steps run.
/// The renderer draws the coverage maps and lays out the report while the data files are written.
///
/// A thread of its own (`BackgroundThread`, which may make several values one after another) rather
/// than a dispatch queue: a caller may wait for the value from inside
/// `DispatchQueue.concurrentPerform`, whose workers would otherwise be the only threads to run it.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the work before it signals `done`; read only after waiting for `done`.
    private var result: Result<Value, InputError>?

    /// Starts `work` at once on a thread of its own.
    convenience init(_ work: @escaping @Sendable () throws(InputError) -> Value) {
        self.init(on: BackgroundThread(), work)
    }

    /// Runs `work` on `thread`, after the work handed to it before.
    init(on thread: BackgroundThread, _ work: @escaping @Sendable () throws(InputError) -> Value) {
        thread.run { [self] in
            do throws(InputError) {
                result = .success(try work())
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
    }

    /// Waits for the work to finish; its value, or the error it threw. May be called more than once.
    func value() throws(InputError) -> Value {
        done.wait()
        done.signal()  // for the next caller
        return try result!.get()
    }
}
