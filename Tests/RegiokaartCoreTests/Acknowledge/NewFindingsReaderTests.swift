import Foundation
import Testing
@testable import RegiokaartCore

/// `NewFindings` reads a previous `issues.json` with `JSONBytesReader`; `JSONDecoder` decoding an
/// `IssuesDocument` (how it was read before) is the oracle: the same documents accepted, the same keys.
@Suite struct NewFindingsReaderTests {
    /// The keys as `JSONDecoder` reads them; nil when it rejects the document.
    static func oracle(_ bytes: [UInt8]) -> [NewFindings.Key]? {
        guard let document = try? JSONDecoder().decode(IssuesDocument.self, from: Data(bytes)) else { return nil }
        return document.issues.map { NewFindings.Key(code: $0.code, regionID: $0.region_id, field: $0.field, rawValue: $0.raw_value) }
    }

    static func read(_ bytes: [UInt8]) -> [NewFindings.Key]? {
        guard UTF8Validation.firstInvalid(bytes, from: 0) == nil else { return nil }
        var keys: [NewFindings.Key] = []
        do {
            try NewFindings.forEachKey(inIssuesJSON: bytes) { keys.append($0) }
        } catch {
            return nil
        }
        return keys
    }

    func expectAgreement(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expected = Self.oracle(bytes), actual = Self.read(bytes)
        #expect(actual == expected, "\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
    }

    static func written(_ issues: [RegiokaartCore.Issue]) -> [UInt8] {
        let sink = ByteSink()
        IssuesJSONWriter(sink: sink).writeDocument(issues)
        return sink.bytes
    }

    static var hostileIssues: [RegiokaartCore.Issue] {
        RegionsJSONWriterTests.hostile.enumerated().map { n, text in
            var issue = RegiokaartCore.Issue(Severity.allCases[n % 3], .publicationNoCountClaim, regionID: n.isMultiple(of: 2) ? text : nil,
                                             field: n.isMultiple(of: 3) ? nil : text, raw: n.isMultiple(of: 2) ? "  \(text)\t x " : nil,
                                             result: text, at: n.isMultiple(of: 3) ? nil : SourceLocation(file: text, line: n), text)
            issue.code = text
            issue.acknowledgement = n % 3 == 0 ? text : nil
            return issue
        }
    }

    @Test func theRealPublicationsFindings() throws {
        let bytes = Self.written(DatasetRenderer.reportOrder(RealInput.dataset.issues))
        let keys = try #require(Self.read(bytes))
        #expect(keys.count == RealInput.dataset.issues.count && keys.count > 100)
        #expect(keys == Self.oracle(bytes))
        // And the committed output, as a nightly run finds it.
        let committed = Array(try Data(contentsOf: URL(fileURLWithPath: RealInput.path("Output/issues.json"))))
        #expect(Self.read(committed) == Self.oracle(committed))
        #expect(Self.read(committed)?.isEmpty == false)
    }

    @Test func hostileTextsAndEscapes() throws {
        expectAgreement(Self.written(Self.hostileIssues))
        expectAgreement(Self.written([]))
        // Escapes our writer never writes, other member orders, nulls, unknown members, other spacing.
        let documents = [
            #"{"issues":[{"code":"a\/b\u00e9\ud834\udd1e\u0000","severity":"info","message":"","raw_value":"x\"y\\z\b\f\n\r\t"}],"counts":{}}"#,
            #"{"counts":{"error":1},"extra":[1,{"a":[true,false,null,-0.5e+3,"s"]}],"issues":[{"message":"m","raw_value":null,"region_id":null,"field":null,"severity":"s","code":"c","source_line":null,"acknowledged":null,"x":{}}]}"#,
            "\n\t {\r\n\"counts\" : { } ,\"issues\" : [ ] } \n",
            #"{"counts":{"a":1.0,"b":2e1,"c":-3},"issues":[{"code":"c","severity":"s","message":"m","source_line":7,"acknowledged":true}]}"#,
            #"{"counts":{},"issues":[{"code":"c","severity":"s","message":"m"},{"code":"c","severity":"s","message":"m","code":"d"}]}"#,
            // A comma before a closing bracket (JSONDecoder allows it), a repeated member of another type.
            #"{"counts":{"a":1,},"issues":[{"code":"c","severity":"s","message":"m",},],}"#,
            #"{"counts":{},"issues":[{"code":"c","severity":"s","message":"m","code":7}],"issues":{}}"#,
            // Member names with escapes (compared unescaped), and names that only begin like a member.
            #"{"counts":{},"issues":[{"co\u0064e":"c","sev\u0065rity":"s","m\u0065ssage":"m","raw\u005fvalue":"r","raw_valu":"x","codes":"y"}]}"#,
            #"{"counts":{},"issues":[{"code":"c","severity":"s","message":"m","region_id\u0000":"x","fiel":"y","field":"f"}]}"#,
            #"{"counts":{},"issues":[{"codes":"y","code":"c","severity":"s","message":"m","fieldx":"y","raw_values":"z"}]}"#,
            #"{"counts":{},"issues":[{"code":"c","severity":"a\"b","message":"\u00e9\n","result_value":"\t","source_file":null,"acknowledged_note":"\/"}]}"#,
        ]
        for document in documents { expectAgreement(Array(document.utf8)) }
        #expect(Self.read(Array(documents[0].utf8))?.first?.code == "a/bé𝄞\u{0}")
    }

    /// `new(in:)` is the multiset difference: each finding whose key the baseline holds uses up one
    /// occurrence of it, in order; the others are new.
    @Test func newFindingsAreTheFindingsLeftOverByTheBaseline() {
        var random = SeededGenerator(seed: 7)
        func issue(_ n: Int) -> RegiokaartCore.Issue {
            RegiokaartCore.Issue(.warning, .areaRepeated, regionID: n % 3 == 0 ? nil : "r\(n % 4)", field: n % 2 == 0 ? nil : "f",
                                 raw: n % 5 == 0 ? nil : " x  \(n % 6)", "m\(n)")
        }
        for round in 0..<20 {
            let previous = (0..<Int.random(in: 0..<60, using: &random)).map { _ in issue(Int.random(in: 0..<40, using: &random)) }
            let current = (0..<Int.random(in: 0..<60, using: &random)).map { _ in issue(Int.random(in: 0..<40, using: &random)) }
            var left = previous.map(NewFindings.Key.init)
            let expected = current.filter { finding in
                guard let k = left.firstIndex(of: NewFindings.Key(finding)) else { return true }
                left.remove(at: k)
                return false
            }
            #expect(NewFindings(previous: previous).new(in: current) == expected, "round \(round)")
        }
    }

    @Test func brokenAndWronglyTypedDocumentsAreRejectedAsTheDecoderRejectsThem() {
        let documents = [
            "", "{}", "[]", "null", #"{"counts":{}}"#, #"{"issues":[]}"#, #"{"counts":{},"issues":[]} x"#,
            #"{"counts":{},"issues":[{"severity":"s","message":"m"}]}"#,
            #"{"counts":{},"issues":[{"code":null,"severity":"s","message":"m"}]}"#,
            #"{"counts":{},"issues":[{"code":1,"severity":"s","message":"m"}]}"#,
            #"{"counts":{},"issues":[{"code":"c","severity":"s","message":"m","source_line":"7"}]}"#,
            #"{"counts":{},"issues":[{"code":"c","severity":"s","message":"m","source_line":1.5}]}"#,
            #"{"counts":{},"issues":[{"code":"c","severity":"s","message":"m","acknowledged":1}]}"#,
            #"{"counts":{"a":"1"},"issues":[]}"#, #"{"counts":[],"issues":[]}"#, #"{"counts":{},"issues":{}}"#,
            #"{"counts":{},"issues":[{"code":"\x","severity":"s","message":"m"}]}"#,
            #"{"counts":{},"issues":[{"code":"\ud834","severity":"s","message":"m"}]}"#,
            "{\"counts\":{},\"issues\":[{\"code\":\"a\tb\",\"severity\":\"s\",\"message\":\"m\"}]}",
            #"{"counts":{"a":01},"issues":[]}"#, #"{"counts":{"a":1.},"issues":[]}"#, #"{"counts":{"a":+1},"issues":[]}"#,
            #"{"counts":{},"issues":[]"#, String(repeating: "[", count: 10_000),
            #"{"counts":{},"issues":[],"x":"# + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}",
            #"{"counts":{},"issues":[,]}"#, #"{"counts":{,},"issues":[]}"#, #"{"counts":{},"issues":[{"code":"c","severity":"s","message":"m"},,]}"#,
        ]
        for document in documents {
            #expect(Self.read(Array(document.utf8)) == nil, "\(document)")
            expectAgreement(Array(document.utf8))
        }
    }

    /// Every one-byte deletion and a few replacements of a small written document: the reader accepts
    /// what the decoder accepts, with the same keys.
    @Test func everyOneByteDamage() {
        let bytes = Self.written(Array(Self.hostileIssues.prefix(3)))
        #expect(bytes.count > 500)
        for i in bytes.indices {
            var deleted = bytes
            deleted.remove(at: i)
            expectAgreement(deleted)
            for replacement in [UInt8(ascii: "\""), UInt8(ascii: "1"), UInt8(ascii: "}"), UInt8(ascii: "\\")] where bytes[i] != replacement {
                var replaced = bytes
                replaced[i] = replacement
                expectAgreement(replaced)
            }
        }
    }

    /// A baseline loaded from a written `issues.json` of hostile findings (kept as digests) gives the
    /// verdicts of the keys `JSONDecoder` reads from it, taken up one occurrence at a time.
    @Test func aLoadedBaselineGivesTheDecodersVerdicts() throws {
        let hostile = Self.hostileIssues
        // Some findings twice, so that counts matter; a few left out, so that some are new.
        let previous = hostile + hostile.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        let bytes = Self.written(previous)
        let folder = try TestSupport.temporaryFolder()
        try Data(bytes).write(to: folder.appendingPathComponent("issues.json"))
        let baseline = try #require(try NewFindings.load(directory: folder.path))
        // Each finding twice or three times, and spellings that differ in whitespace or in
        // composition (é as one scalar or two) from what was written.
        var current = hostile + hostile + hostile.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        for (n, issue) in hostile.enumerated() where n % 4 == 1 {
            var variant = issue
            variant.rawValue = issue.rawValue.map { " \($0)  é" }
            current.append(variant)
            variant.rawValue = issue.rawValue.map { "\($0) e\u{0301}" }
            current.append(variant)
        }
        var left = try #require(Self.oracle(bytes))
        #expect(left.count == previous.count)
        let expected = current.filter { finding in
            guard let k = left.firstIndex(of: NewFindings.Key(finding)) else { return true }
            left.remove(at: k)
            return false
        }
        #expect(!expected.isEmpty && expected.count < current.count)
        #expect(baseline.new(in: current) == expected)
    }

    @Test func aBrokenFileIsMalformedInputNamingTheLine() throws {
        let folder = try TestSupport.temporaryFolder()
        try Data("{\n  \"counts\" : {},\n  \"issues\" : [ {\"code\": 1} ]\n}\n".utf8).write(to: folder.appendingPathComponent("issues.json"))
        #expect {
            _ = try NewFindings.load(directory: folder.path)
        } throws: { error in
            let error = error as? InputError
            return error?.kind == .malformed && "\(error!)".contains("line 3")
        }
    }
}
