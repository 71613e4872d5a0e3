import Testing
@testable import RegiokaartCore

@Suite struct TextDocumentReaderTests {
    @Test func splitsLinesOnAllLineEndings() throws {
        let doc = try TextDocumentReader.read(Array("a\r\nb\rc\nd".utf8), name: "t.txt")
        #expect(doc.lines.map(\.text) == ["a", "b", "c", "d"])
        #expect(doc.lines.map(\.number) == [1, 2, 3, 4])
    }

    @Test func dropsUTF8ByteOrderMark() throws {
        let doc = try TextDocumentReader.read([0xEF, 0xBB, 0xBF] + Array("Zeeland".utf8), name: "t.txt")
        #expect(doc.lines.first?.text == "Zeeland")
    }

    @Test func namesTheByteOffsetOfInvalidUTF8() {
        let bytes = Array("Súd".utf8) + [0xFF] + Array("west".utf8)
        #expect(throws: InputError(.encoding, file: "t.txt", "is not valid UTF-8 at byte offset 4")) {
            try TextDocumentReader.read(bytes, name: "t.txt")
        }
    }

    @Test func refusesUTF16() {
        #expect(throws: InputError.self) { try TextDocumentReader.read([0xFF, 0xFE, 0x41, 0x00], name: "t.txt") }
    }
}
