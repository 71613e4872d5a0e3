import Testing
@testable import RegiokaartCore

/// `ByteSink` must hand over every byte once, in order, whatever the chunk size and write sizes.
@Suite struct ByteSinkTests {
    /// Writes a mix of single bytes, strings, buffers larger than the chunk, indentation and numbers.
    func writeMix(into sink: ByteSink) -> [UInt8] {
        var expected: [UInt8] = []
        let big = [UInt8]((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let numbers = [0, 1, -1, 9, 10, 99, 100, 1234567890, Int.max, Int.min, -1_000_000]
        for round in 0..<40 {
            sink.write(UInt8(round))
            expected.append(UInt8(round))
            sink.write("Súdwest-Fryslân \(round)")
            expected += Array("Súdwest-Fryslân \(round)".utf8)
            let slice = Array(big.prefix(round * 131))
            sink.write(slice)
            expected += slice
            sink.write(repeating: 0x20, count: round % 9)
            expected += [UInt8](repeating: 0x20, count: round % 9)
            let number = numbers[round % numbers.count]
            sink.write(decimal: number)
            expected += Array(String(number).utf8)
            sink.write(decimal: UInt.max - UInt(round))
            expected += Array(String(UInt.max - UInt(round)).utf8)
            sink.writeJSONString("\"\u{1}\(round)\\")
            expected += Array("\"\\\"\\u0001\(round)\\\\\"".utf8)
        }
        return expected
    }

    @Test func inMemorySinkKeepsEverything() {
        let sink = ByteSink()
        let expected = writeMix(into: sink)
        #expect(expected.count > 100_000)
        #expect(sink.bytes == expected)
        #expect(sink.count == expected.count)
        #expect(sink.text == String(decoding: expected, as: UTF8.self))
    }

    @Test(arguments: [1, 2, 7, 64, 4096, 1 << 20])
    func drainedChunksAddUpToTheBytes(chunkSize: Int) throws {
        var drained: [UInt8] = []
        var largest = 0
        let sink = ByteSink(chunkSize: chunkSize) { chunk in
            drained.append(contentsOf: chunk)
            largest = max(largest, chunk.count)
        }
        let expected = writeMix(into: sink)
        try sink.finish()
        #expect(drained == expected)
        // A chunk exceeds the chunk size by at most the last write (at most 5000 bytes here).
        #expect(largest < chunkSize + 5000)
    }

    /// A write of a chunk or more into a draining sink goes to `drain` as it is, after what was
    /// buffered: the same bytes in order, and the buffer keeps its size (a ~1 MB message grew it).
    @Test(arguments: [1, 64, 4096])
    func aLongWriteGoesStraightThroughADrainingSink(chunkSize: Int) throws {
        var drained: [UInt8] = []
        var chunks: [Int] = []
        let sink = ByteSink(chunkSize: chunkSize) { chunk in
            drained.append(contentsOf: chunk)
            chunks.append(chunk.count)
        }
        let capacity = sink.capacity
        var expected: [UInt8] = []
        for length in [chunkSize, chunkSize + 1, 10 * chunkSize + 3, 300_000] {
            let long = [UInt8]((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ length) })
            sink.write("ab")
            sink.write(long)
            sink.write(UInt8(length % 256))
            expected += Array("ab".utf8) + long + [UInt8(length % 256)]
        }
        try sink.finish()
        #expect(drained == expected)
        #expect(sink.capacity == capacity)
        #expect(chunks.contains(300_000))
    }

    /// With an alignment, every chunk but the last ends at a multiple of it from the start, long
    /// writes included, and the bytes are the same; an alignment that is no power of two, or more
    /// than a chunk, counts as none.
    @Test(arguments: [(64, 8), (4096, 512), (1 << 18, 4096), (64, 24), (64, 128)])
    func everyChunkButTheLastEndsOnTheAlignment(chunkSize: Int, alignment: Int) throws {
        var drained: [UInt8] = []
        var ends: [Int] = []
        let sink = ByteSink(chunkSize: chunkSize, alignment: alignment) { chunk in
            drained.append(contentsOf: chunk)
            ends.append(drained.count)
        }
        var expected = writeMix(into: sink)
        for length in [chunkSize, chunkSize + 1, 10 * chunkSize + 3, 300_000] {
            let long = [UInt8]((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ length) })
            sink.write("abc")
            sink.write(long)
            expected += Array("abc".utf8) + long
        }
        try sink.finish()
        #expect(drained == expected)
        #expect(ends.count > 2)
        let honoured = alignment & (alignment - 1) == 0 && alignment <= chunkSize ? alignment : 1
        #expect(ends.dropLast().allSatisfy { $0 % honoured == 0 }, "\(ends.prefix(20))")
    }

    /// A sink whose drain failed drops a long write too, and `finish` reports the first failure.
    @Test func aLongWriteAfterAFailureIsDropped() {
        struct Full: Error {}
        var calls = 0
        let sink = ByteSink(chunkSize: 8) { _ in
            calls += 1
            throw Full()
        }
        sink.write("0123456789")
        sink.write([UInt8](repeating: 0x41, count: 100))
        #expect(throws: Full.self) { try sink.finish() }
        #expect(calls == 1)
    }

    @Test func theFirstDrainFailureIsReportedByFinish() {
        struct Full: Error {}
        var calls = 0
        let sink = ByteSink(chunkSize: 8) { _ in
            calls += 1
            throw Full()
        }
        for _ in 0..<10 { sink.write("0123456789") }
        #expect(throws: Full.self) { try sink.finish() }
        #expect(calls == 1)
    }

    /// Every number up to 100 000, every power of ten and its neighbours, and the extremes: the
    /// digits `String` prints.
    @Test func decimalsAreWhatStringPrints() {
        var numbers = Array(0...100_000)
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, power + 1, -power, -power + 1]
        }
        numbers += [Int.max, Int.min, Int.max - 1, Int.min + 1]
        // Every bit length's edges (the digit count is estimated from it).
        for bits in 1..<63 { numbers += [(1 << bits) - 1, 1 << bits, (1 << bits) + 1, -(1 << bits)] }
        let sink = ByteSink()
        var expected: [UInt8] = []
        for n in numbers {
            sink.write(decimal: n)
            sink.write(0x20)
            expected += Array("\(n) ".utf8)
        }
        for n: UInt in [UInt.max, UInt.max - 1, 10_000_000_000_000_000_000, 9_999_999_999_999_999_999] {
            sink.write(decimal: n)
            expected += Array("\(n)".utf8)
        }
        #expect(sink.bytes == expected)
    }
}
