import Foundation
import Testing
@testable import RegiokaartCore

/// The ways work is split over the cores give their results in task order, whichever task
/// finished first, and pass errors on.
@Suite struct ConcurrencyTests {
    @Test func mapGivesTheResultsInTaskOrderWhicheverFinishesFirst() {
        // The first tasks sleep longest, so they finish last.
        let results = TwoCores.map(6) { task -> Int in
            usleep(useconds_t((6 - task) * 2_000))
            return task * task
        }
        #expect(results == [0, 1, 4, 9, 16, 25])
    }

    @Test func eachChangesEveryValueInPlaceAndKeepsTheirOrder() {
        let values = (0..<5).map { Array(repeating: $0, count: $0 + 1) }
        let changed = TwoCores.each(values) { value in
            usleep(useconds_t((5 - value.count) * 2_000))
            value.append(-1)
        }
        #expect(changed == (0..<5).map { Array(repeating: $0, count: $0 + 1) + [-1] })
    }

    @Test func bothRunsTwoWorksOfDifferentTypes() {
        let (number, text) = TwoCores.both({ () -> Int in usleep(5_000); return 42 }, { "forty-two" })
        #expect(number == 42)
        #expect(text == "forty-two")
    }

    @Test func concurrentResultsKeepsEachTasksSlot() {
        let slots = ConcurrentResults<String>(count: 3)
        DispatchQueue.concurrentPerform(iterations: 3) { task in slots.set("task \(task)", at: task) }
        #expect((0..<3).map { slots.value(at: $0) } == ["task 0", "task 1", "task 2"])
        #expect(slots.take(at: 1) == "task 1")
        #expect(slots.value(at: 1) == nil, "taking empties the slot")
    }

    @Test func aBackgroundValueGivesItsValueOrItsErrorToEveryCaller() throws {
        let value = BackgroundValue { () throws(InputError) -> Int in usleep(5_000); return 7 }
        #expect(try value.value() == 7)
        #expect(try value.value() == 7, "a second call gets the same value")
        let failing = BackgroundValue { () throws(InputError) -> Int in
            throw InputError(.missingFile, file: "Input/reference/provinces.csv", "does not exist")
        }
        for _ in 0..<2 {
            #expect(throws: InputError.self) { try failing.value() }
        }
    }
}
