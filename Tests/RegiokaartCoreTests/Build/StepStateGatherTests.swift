import Foundation
import Testing
@testable import RegiokaartCore

/// `Dataset.gatherStepState()` moves the area lists and name lines into new storage (for the heap's
/// sake) and changes no value: every region reads as before, and only those two lists moved.
@Suite struct StepStateGatherTests {
    /// The address of `array`'s storage (nil when empty).
    static func storage<T>(_ array: [T]) -> UnsafeRawPointer? {
        array.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }

    @Test func everyRegionReadsAsBeforeFromNewStorage() throws {
        let dataset = RealInput.dataset
        var gathered = dataset
        gathered.gatherStepState()
        #expect(gathered.regions.count == dataset.regions.count)
        for (a, b) in zip(dataset.regions, gathered.regions) {
            #expect(a.area == b.area)
            #expect(a.nameLines == b.nameLines)
            #expect(a.id == b.id && a.name == b.name && a.figures == b.figures && a.municipalities == b.municipalities)
            if !a.area.isEmpty { #expect(Self.storage(a.area) != Self.storage(b.area)) }
            if !a.nameLines.isEmpty { #expect(Self.storage(a.nameLines) != Self.storage(b.nameLines)) }
            #expect(Self.storage(a.municipalities) == Self.storage(b.municipalities))
        }
        #expect(dataset.regions.contains { !$0.area.isEmpty })
    }

    @Test func aCopyToNewStorageHasTheSameElements() {
        for array in [[], [1], Array(0..<1000)] {
            var grown = array
            grown.reserveCapacity(2 * array.count + 8)
            let copy = grown.copiedToNewStorage()
            #expect(copy == array)
            if !array.isEmpty { #expect(Self.storage(copy) != Self.storage(grown)) }
        }
    }
}
