import Testing
@testable import RegiokaartCore

/// `Sector.shared` and the region's sector lists that hold through it: a list keeps its value,
/// and equal lists of distinct sectors share one array.
@Suite struct SectorSharingTests {
    /// Every list of up to four sectors, repeats included.
    static var everyList: [[Sector]] {
        var lists: [[Sector]] = [[]]
        var last: [[Sector]] = [[]]
        for _ in 0..<4 {
            last = last.flatMap { list in Sector.allCases.map { list + [$0] } }
            lists += last
        }
        return lists
    }

    static func storage(_ list: [Sector]) -> UnsafeRawPointer? {
        list.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }

    @Test func everyListKeepsItsValueAndDistinctListsShareOneArray() {
        for list in Self.everyList {
            let shared = Sector.shared(list)
            #expect(shared == list, "\(list)")
            if Set(list).count == list.count, !list.isEmpty {
                // A list made afresh comes back as the one shared array.
                #expect(Self.storage(Sector.shared(Array(list))) == Self.storage(shared), "\(list)")
                #expect(Self.storage(shared) != Self.storage(list), "\(list)")
            }
        }
    }

    @Test func aRegionsListsAreWhatWasSetHowEverSet() throws {
        var region = try #require(RealInput.dataset.regions.first)
        for list in Self.everyList {
            region.sectors = list
            region.taggedSectors = list.reversed()
            #expect(region.sectors == list && region.taggedSectors == list.reversed())
            region.sectors.append(.vo)
            #expect(region.sectors == list + [.vo])
            region.sectors.removeAll()
            #expect(region.sectors.isEmpty)
        }
        // The real regions' lists are the shared arrays.
        for region in RealInput.dataset.regions where !region.sectors.isEmpty {
            #expect(Self.storage(region.sectors) == Self.storage(Sector.shared(Array(region.sectors))))
        }
    }
}
