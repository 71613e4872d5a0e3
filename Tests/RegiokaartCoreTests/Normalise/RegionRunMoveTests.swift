import Testing
@testable import RegiokaartCore

/// `RegionRun` moves the regions into its halves and back instead of copying them: the halves and
/// the merged list are those that slicing and appending made.
@Suite struct RegionRunMoveTests {
    @Test func theHalvesAndTheMergeAreTheSlices() {
        let all = RealInput.dataset.regions
        #expect(all.count > 10)
        for count in [0, 1, 2, 3, 10, all.count] {
            let regions = Array(all.prefix(count))
            for start in Set([0, count / 2, count]) {
                var head = regions
                var tail = RegionRun.moveTail(of: &head, from: start)
                #expect(head.map(\.id) == regions[..<start].map(\.id), "\(count) regions from \(start)")
                #expect(tail.map(\.id) == regions[start...].map(\.id), "\(count) regions from \(start)")
                RegionRun.moveAll(of: &tail, to: &head)
                #expect(tail.isEmpty)
                #expect(head.map(\.id) == regions.map(\.id) && head.map(\.source) == regions.map(\.source))
            }
        }
    }

    /// The merge fills the room the split left in the first half's storage (the whole list's) instead
    /// of making a list for all regions while both halves are held.
    @Test func theMergeReusesTheSplitListsStorage() {
        var head = RealInput.dataset.regions.map { $0 }  // a list of its own, as the split's
        #expect(head.count > 10)
        var tail = RegionRun.moveTail(of: &head, from: head.count / 2)
        let storage = head.withUnsafeBufferPointer { $0.baseAddress }
        RegionRun.moveAll(of: &tail, to: &head)
        #expect(head.withUnsafeBufferPointer { $0.baseAddress } == storage)
    }
}
