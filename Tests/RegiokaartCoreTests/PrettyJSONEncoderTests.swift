import Foundation
import Testing
@testable import RegiokaartCore

/// `PrettyJSONEncoder` must write exactly `JSONEncoder`'s bytes ([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]).
@Suite struct PrettyJSONEncoderTests {
    func reference<T: Encodable>(_ value: T) throws -> [UInt8] {
        Array(try PrettyJSONEncoder.reference().encode(value))
    }

    func expectSameBytes<T: Encodable>(_ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try reference(value)
        let actual = try PrettyJSONEncoder().encode(value)
        #expect(String(decoding: actual, as: UTF8.self) == String(decoding: expected, as: UTF8.self), sourceLocation: sourceLocation)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    @Test func realRegionsDocument() throws {
        let dataset = RealInput.dataset
        let document = RegionsDocument(source: dataset.source, regionCount: dataset.regions.count,
                                       regions: dataset.regions.map(RegionRecord.init))
        #expect(document.regions.count == 49)
        try expectSameBytes(document)
    }

    @Test func streamedDocumentEqualsRegionsDocument() throws {
        let dataset = RealInput.dataset
        let document = RegionsDocument(source: dataset.source, regionCount: dataset.regions.count,
                                       regions: dataset.regions.map(RegionRecord.init))
        let streamed = try PrettyJSONEncoder().encode(RegionsDocumentStream(dataset: dataset))
        #expect(streamed == (try reference(document)))
        // And JSONEncoder itself agrees that the stream has RegionsDocument's shape.
        #expect(try reference(RegionsDocumentStream(dataset: dataset)) == (try reference(document)))
    }

    @Test func realIssues() throws {
        let dataset = RealInput.dataset
        try expectSameBytes(dataset.issues)
    }

    @Test func stringEscapes() throws {
        var controls = ""
        for v in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        try expectSameBytes(["quote \" backslash \\ slash / tab\t", controls, "\u{7F} é ß 𝄞 🇳🇱 \u{2028}\u{2029} \u{FEFF}", ""])
    }

    @Test func keysSortedByUTF8Bytes() throws {
        try expectSameBytes(["b": 1, "a_b": 2, "ab": 3, "A": 4, "a": 5, "é": 6, "Z": 7, "_": 8, "10": 9, "9": 10])
        try expectSameBytes([10: "a", 9: "b", -1: "c"])
    }

    @Test func emptyContainersAndNesting() throws {
        struct Inner: Codable { var list: [Int] = []; var map: [String: Int] = [:]; var nested: [[String]] = [[], ["x"]] }
        struct Outer: Codable { var inner = Inner(); var inners = [Inner(), Inner()]; var none: String?; var empty: [Inner] = [] }
        try expectSameBytes(Outer())
        try expectSameBytes([Outer]())
        try expectSameBytes([String: Int]())
    }

    @Test func numbers() throws {
        try expectSameBytes([0.1, 1.0, -0.0, 1e-7, 123456789.125, 1e300, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, -2.5])
        try expectSameBytes([Float(0.1), 1, 3.4028235e38, 1e-10])
        try expectSameBytes([Int.min, Int.max, 0, -1])
        try expectSameBytes([UInt64.max])
        try expectSameBytes([Int8.min: "a"].mapValues { $0 })
        try expectSameBytes([true, false])
    }

    @Test func specialTypesAreDelegated() throws {
        struct Special: Codable {
            var date = Date(timeIntervalSinceReferenceDate: 12345.5)
            var data = Data([0, 1, 2, 255])
            var url = URL(string: "https://example.org/a/b?c=d")!
            var decimal = Decimal(string: "12.340")!
        }
        try expectSameBytes(Special())
        try expectSameBytes([Special(), Special()])
    }

    @Test func optionalsNullsAndDuplicateKeys() throws {
        struct Custom: Encodable {
            enum Key: String, CodingKey { case b, a, c }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                try c.encodeNil(forKey: .b)
                try c.encode("first", forKey: .a)
                try c.encode("second", forKey: .a)
                try c.encodeIfPresent(Optional<String>.none, forKey: .c)
                try c.encode(Optional<Int>.none, forKey: .c)
            }
        }
        try expectSameBytes(Custom())
        try expectSameBytes([Custom(), Custom()])
    }

    @Test func nestedAndSuperContainers() throws {
        struct Nested: Encodable {
            enum Key: String, CodingKey { case z, y, x }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                var inner = c.nestedContainer(keyedBy: Key.self, forKey: .z)
                try inner.encode(1, forKey: .y)
                var list = c.nestedUnkeyedContainer(forKey: .y)
                try list.encode("a")
                var deeper = list.nestedContainer(keyedBy: Key.self)
                try deeper.encode(true, forKey: .x)
                try list.encode("b")
                let sup = c.superEncoder(forKey: .x)
                var single = sup.singleValueContainer()
                try single.encode("super")
            }
        }
        struct LiveNesting: Encodable {
            func encode(to encoder: any Encoder) throws {
                var list = encoder.unkeyedContainer()
                try list.encode(1)
                var inner = list.nestedContainer(keyedBy: Nested.Key.self)
                try inner.encode("in", forKey: .x)
                var innerList = list.nestedUnkeyedContainer()
                try innerList.encode(2)
                try list.encode(Nested())
                _ = list.nestedUnkeyedContainer()
            }
        }
        try expectSameBytes(Nested())
        try expectSameBytes(LiveNesting())
        try expectSameBytes(["k": LiveNesting()])
    }

    @Test func topLevelScalarsAndArrays() throws {
        try expectSameBytes("fragment")
        try expectSameBytes(42)
        try expectSameBytes([[1, 2], [], [3]])
    }

    @Test func nonFiniteNumbersAreRefusedLikeJSONEncoder() {
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode(["x": Double.infinity]) }
        #expect(throws: EncodingError.self) { try reference([Double.nan]) }
    }

    @Test func streamsInChunks() throws {
        var drained: [UInt8] = []
        var chunks = 0
        let sink = ByteSink(chunkSize: 64) { chunk in
            drained.append(contentsOf: chunk)
            chunks += 1
        }
        let value = Array(repeating: ["name": "Súdwest-Fryslân", "code": "GM1900"], count: 50)
        try PrettyJSONEncoder().encode(value, into: sink)
        try sink.finish()
        #expect(chunks > 10)
        #expect(drained == (try reference(value)))
    }
}
