import Testing
@testable import RegiokaartCore

@Suite struct CSVDialectTests {
    @Test func excelNLWritesBOMSemicolonsAndCRLF() {
        var csv = CSVWriter(dialect: .excelNL, header: ["code", "name"])
        csv.write(["GM0014", "Groningen"])
        #expect(csv.bytes == [0xEF, 0xBB, 0xBF] + Array("code;name\r\nGM0014;Groningen\r\n".utf8))
    }

    @Test func excelNLQuotesSemicolonsQuotesAndLineBreaksButNotCommas() throws {
        var csv = CSVWriter(dialect: .excelNL, header: ["a", "b", "c", "d"])
        let fields = ["Twente; Achterhoek", "Noord, Zuid", "The tag \"go\"", "two\nlines"]
        csv.write(fields)
        let text = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\"Twente; Achterhoek\";Noord, Zuid;\"The tag \"\"go\"\"\";\"two\nlines\"\r\n"))
        #expect(try InteropSupport.rows(csv.bytes, separator: ";").last == fields)
    }

    @Test func rfc4180HasNoBOMAndQuotesCommas() {
        var csv = CSVWriter(dialect: .rfc4180, header: ["a"])
        csv.write(["x;y,z"])
        #expect(csv.bytes == Array("a\r\n\"x;y,z\"\r\n".utf8))
    }

    @Test func outputFormsLayOutTheFolders() {
        #expect(CSVOutputForms.both.layouts.map(\.prefix) == ["", "excel-nl/"])
        #expect(CSVOutputForms.both.layouts.map(\.dialect) == [.rfc4180, .excelNL])
        #expect(CSVOutputForms.excelNL.layouts.map(\.dialect) == [.excelNL])
        #expect(CSVOutputForms(rawValue: "excel-nl") == .excelNL)
        #expect(CSVOutputForms(rawValue: "excel") == nil)
    }
}
