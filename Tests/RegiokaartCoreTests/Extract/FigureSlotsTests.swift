import Testing
@testable import RegiokaartCore

/// Each figure kind has a slot of its own: setting one leaves the others as they were.
@Suite struct FigureSlotsTests {
    @Test func eachKindHasItsOwnSlot() {
        for (n, kind) in FigureKind.allCases.enumerated() {
            var slots = FigureSlots<Int>()
            #expect(!slots.contains(kind))
            slots[kind] = n + 10
            for other in FigureKind.allCases {
                #expect(slots[other] == (other == kind ? n + 10 : nil), "\(kind) \(other)")
            }
            slots[kind] = nil
            #expect(!slots.contains(kind))
        }
        var seen = FigureSlots<Bool>()
        FigureKind.allCases.forEach { seen.insert($0) }
        #expect(FigureKind.allCases.allSatisfy(seen.contains))
    }
}
