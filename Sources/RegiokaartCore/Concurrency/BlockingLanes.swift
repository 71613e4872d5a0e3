import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A few threads for system calls that block (fsync, unlink) while the caller goes on: each job
/// handed over runs on the first free lane, in the order handed over. A lane is started only when
/// every running one is busy, at most `count` of them, and they stay until `finish()`, so that one
/// set of threads serves the publication's fsyncs and then the removal of the previous output.
///
/// Plain POSIX threads with small stacks rather than `Thread` or a dispatch queue: fsync blocks,
/// and the queue would run only as many at once as there are cores. A lane allocates nothing
/// itself and leaves every job to be freed by the caller (`jobs` keeps them to the end), so a job
/// that allocates nothing either never has glibc give its thread a heap arena of its own.
final class BlockingLanes: @unchecked Sendable {
    /// The most lanes that run at once.
    let count: Int
    /// Guards everything below. POSIX rather than `NSCondition`: two conditions on one mutex, so
    /// that a job handed over wakes one waiting lane and never the caller waiting in `drain()`.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Signalled once per job handed over (and broadcast by `finish()`): lanes wait on it.
    private let jobWaiting = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Broadcast when the last job handed over has finished: `drain()` waits on it.
    private let allDone = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Every job handed over, run or not: released only with the lanes, by the caller's thread.
    private var jobs: [@Sendable () -> Void] = []
    /// The index in `jobs` of the next job to run.
    private var next = 0
    /// Jobs finished.
    private var done = 0
    /// Lanes waiting for a job.
    private var idle = 0
    /// Set by `finish()`: no more jobs come.
    private var finished = false
    /// The lanes started, joined by `finish()`.
    private var threads: [pthread_t] = []

    /// Lanes for at most `count` jobs at once.
    init(count: Int) {
        self.count = max(count, 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(jobWaiting, nil)
        pthread_cond_init(allDone, nil)
    }

    deinit {
        finish()
        pthread_cond_destroy(allDone)
        pthread_cond_destroy(jobWaiting)
        pthread_mutex_destroy(mutex)
        allDone.deallocate()
        jobWaiting.deallocate()
        mutex.deallocate()
    }

    /// Runs `job` on a lane, starting one when none is waiting and fewer than `count` run; on the
    /// calling thread when no lane can be started at all, or after `finish()`.
    func run(_ job: @escaping @Sendable () -> Void) {
        pthread_mutex_lock(mutex)
        jobs.append(job)
        let started = !finished && idle == 0 && threads.count < count && startLane()
        // After `finish()`, or when the system refused every lane, the caller runs what it handed over.
        let stranded = threads.isEmpty
        pthread_mutex_unlock(mutex)
        // Outside the lock: a woken lane then finds it free, rather than waking only to wait for it.
        if stranded { work() } else if !started { pthread_cond_signal(jobWaiting) }
    }

    /// Runs each of `batch` on a lane, as `run(_:)` would one after the other, but handed over
    /// at once: one lock and one wake-up, where handing over jobs one at a time made the caller
    /// and each woken lane take turns on the two cores (about half a millisecond a job under load).
    func run(all batch: [@Sendable () -> Void]) {
        guard !batch.isEmpty else { return }
        pthread_mutex_lock(mutex)
        jobs.append(contentsOf: batch)
        var waking = idle
        while !finished && waking < batch.count && threads.count < count && startLane() { waking += 1 }
        let stranded = threads.isEmpty
        pthread_mutex_unlock(mutex)
        // Outside the lock: a woken lane then finds it free (no system call when no lane waits).
        if stranded { work() } else { pthread_cond_broadcast(jobWaiting) }
    }

    /// Waits until every job handed over so far has finished.
    func drain() {
        pthread_mutex_lock(mutex)
        while done < jobs.count { pthread_cond_wait(allDone, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// Waits for every job and ends the lanes; no lane outlives this call. Further jobs are run
    /// on the caller's thread.
    func finish() {
        pthread_mutex_lock(mutex)
        finished = true
        pthread_cond_broadcast(jobWaiting)
        let started = threads
        threads = []
        pthread_mutex_unlock(mutex)
        for thread in started { pthread_join(thread, nil) }
        // Jobs handed over after the lanes ended.
        work()
    }

    /// Starts a lane; false when the system refuses. Called with `mutex` locked.
    private func startLane() -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        // Jobs are a system call or two: 64 KiB is plenty, and touched pages only are paid for.
        pthread_attr_setstacksize(&attributes, 64 << 10)
        let context = Unmanaged.passUnretained(self).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, &attributes, { context in
            Unmanaged<BlockingLanes>.fromOpaque(context).takeUnretainedValue().lane()
            return nil
        }, context)
        guard status == 0, let thread else { return false }
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            Unmanaged<BlockingLanes>.fromOpaque(context!).takeUnretainedValue().lane()
            return nil
        }, context)
        guard status == 0 else { return false }
        #endif
        threads.append(thread)
        return true
    }

    /// A lane's life: runs jobs until `finish()` is called and none is left.
    private func lane() {
        pthread_mutex_lock(mutex)
        repeat {
            while next == jobs.count && !finished {
                idle += 1
                pthread_cond_wait(jobWaiting, mutex)
                idle -= 1
            }
        } while runNextJob()
        pthread_mutex_unlock(mutex)
    }

    /// Runs the jobs not yet taken on the calling thread.
    private func work() {
        pthread_mutex_lock(mutex)
        while runNextJob() {}
        pthread_mutex_unlock(mutex)
    }

    /// Runs the next job not yet taken, `mutex` unlocked while it runs, and wakes `drain()` after
    /// the last; false when none is left. Called, and returns, with `mutex` locked.
    private func runNextJob() -> Bool {
        guard next < jobs.count else { return false }
        let job = jobs[next]
        next += 1
        pthread_mutex_unlock(mutex)
        job()
        pthread_mutex_lock(mutex)
        done += 1
        if done == jobs.count { pthread_cond_broadcast(allDone) }
        return true
    }
}
