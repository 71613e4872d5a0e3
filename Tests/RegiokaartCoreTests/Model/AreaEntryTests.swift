import Testing
@testable import RegiokaartCore

/// `AreaEntry` keeps its line in four bytes: the line must read back as set, and equal entries
/// hash alike, whatever the resolution.
@Suite struct AreaEntryTests {
    @Test func theLineReadsBackAsSet() {
        for line in [0, 1, 41, 65_536, 3_882_000, Int(Int32.max)] {
            var entry = AreaEntry(raw: "Delft", line: line, isContinuation: line % 2 == 0)
            #expect(entry.line == line)
            entry.line = line / 2
            #expect(entry.line == line / 2)
            #expect(entry.isContinuation == (line % 2 == 0))
        }
    }

    @Test func entriesAreEqualByEveryField() {
        var a = AreaEntry(raw: "Delft", line: 7)
        a.resolution = .ambiguous(codes: ["GM0503"], match: .exact)
        var b = a
        #expect(a == b && a.hashValue == b.hashValue)
        b.line = 8
        #expect(a != b)
        b.line = 7
        b.isContinuation = true
        #expect(a != b)
    }

    /// The stride the field order is chosen for (64 with the line as an `Int` before the resolution).
    @Test func anEntryTakesFiftySixBytes() {
        #expect(MemoryLayout<AreaEntry>.stride == 56)
    }
}
