import Testing
@testable import RegiokaartCore

/// `FindingsBaselineHandOver` hands the previous run's findings over once, so that the
/// `BackgroundValue` that read them keeps no copy through the writing of the outputs.
@Suite struct FindingsBaselineHandOverTests {
    @Test func theFindingsAreTakenOnceAndTheNoticeStays() {
        let previous = [Issue(.warning, .areaRepeated, regionID: "r", raw: "x", "m")]
        let handOver = FindingsBaselineHandOver((findings: NewFindings(previous: previous), notice: "n"))
        let taken = handOver.take()
        #expect(taken?.new(in: previous + previous) == previous)
        #expect(handOver.take() == nil)
        #expect(handOver.notice == "n")
        let none = FindingsBaselineHandOver((findings: nil, notice: nil))
        #expect(none.take() == nil && none.notice == nil)
    }
}
