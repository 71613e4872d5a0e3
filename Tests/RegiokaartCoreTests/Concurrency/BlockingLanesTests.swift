import Foundation
import Testing
@testable import RegiokaartCore

/// `BlockingLanes` runs every job handed over, never more at once than it has lanes, and
/// `drain()` returns only once every job so far has finished; `BackgroundThread` makes its values
/// one after another on one thread.
@Suite struct BlockingLanesTests {
    /// Counts the jobs running at once and the most that ever did.
    final class Gauge: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var running = 0
        private(set) var most = 0
        private(set) var finished = 0

        func enter() {
            lock.lock()
            running += 1
            most = max(most, running)
            lock.unlock()
        }

        func leave() {
            lock.lock()
            running -= 1
            finished += 1
            lock.unlock()
        }
    }

    @Test(arguments: [1, 3, 8])
    func everyJobRunsAndNoMoreAtOnceThanTheLanes(count: Int) {
        let lanes = BlockingLanes(count: count)
        let gauge = Gauge()
        for n in 0..<40 {
            lanes.run {
                gauge.enter()
                usleep(1_000)  // a blocking call
                gauge.leave()
            }
            if n % 10 == 0 { usleep(3_000) }  // lanes run dry and wait for more
        }
        lanes.drain()
        #expect(gauge.finished == 40, "drain returned before every job had finished")
        #expect(gauge.most <= count)
        #expect(count == 1 || gauge.most > 1, "the jobs never ran side by side")
        // The same lanes serve a second round, then end; a job handed over afterwards runs at once.
        for _ in 0..<5 { lanes.run { gauge.enter(); gauge.leave() } }
        lanes.finish()
        #expect(gauge.finished == 45)
        lanes.run { gauge.enter(); gauge.leave() }
        #expect(gauge.finished == 46)
    }

    /// A batch handed over at once runs every job, side by side on up to every lane, also on lanes
    /// already started and waiting; after `finish()` the caller runs it.
    @Test(arguments: [1, 4])
    func aBatchRunsEveryJobOnTheLanes(count: Int) {
        let lanes = BlockingLanes(count: count)
        let gauge = Gauge()
        let job: @Sendable () -> Void = {
            gauge.enter()
            usleep(2_000)
            gauge.leave()
        }
        lanes.run(all: Array(repeating: job, count: 12))
        lanes.drain()
        #expect(gauge.finished == 12, "drain returned before every job had finished")
        #expect(gauge.most <= count)
        #expect(count == 1 || gauge.most == count, "the batch did not spread over every lane")
        // The lanes now wait for work: a second batch wakes them.
        lanes.run(all: Array(repeating: job, count: 8))
        lanes.drain()
        #expect(gauge.finished == 20)
        lanes.run(all: [])
        lanes.finish()
        lanes.run(all: [job, job])
        #expect(gauge.finished == 22)
    }

    @Test func aBackgroundThreadMakesItsValuesOneAfterAnother() throws {
        let thread = BackgroundThread()
        let gate = DispatchSemaphore(value: 0)
        let secondStarted = Gauge()
        let first = BackgroundValue(on: thread) { () -> Int in
            gate.wait()
            return 1
        }
        let second = BackgroundValue(on: thread) { () throws(InputError) -> Int in
            secondStarted.enter()
            return try first.value() + 1
        }
        // While the first is held, the second has not started (on a thread of its own it would have).
        usleep(50_000)
        #expect(secondStarted.most == 0, "the second value was started beside the first")
        gate.signal()
        #expect(try first.value() == 1)
        #expect(try second.value() == 2)
        // Work handed over after the thread ended starts a new one.
        #expect(try BackgroundValue(on: thread) { 3 }.value() == 3)
    }
}
