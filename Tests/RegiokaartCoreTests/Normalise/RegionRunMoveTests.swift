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
}
