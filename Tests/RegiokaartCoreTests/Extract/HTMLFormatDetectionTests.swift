import Testing
@testable import RegiokaartCore

/// Telling HTML from text by content, never by file name.
@Suite struct HTMLFormatDetectionTests {
    private func format(_ text: String, bom: Bool = false) -> DocumentReader.Format {
        DocumentReader.detectFormat((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }

    @Test func recognisesDocumentsAndFragments() {
        #expect(format("<!DOCTYPE html>\n<html>") == .html)
        #expect(format("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">") == .html)
        #expect(format("<HTML><BODY>x") == .html)
        #expect(format("\n\n  <div class=\"kaart\">") == .html)
        #expect(format("<h2>Zeeland</h2>") == .html)
        #expect(format("<ul>\n<li>Aalten") == .html)
        #expect(format("<p>Regionale samenwerking werkt</p>") == .html)
        #expect(format("<meta charset=utf-8><title>x</title>") == .html)
    }

    @Test func looksPastAByteOrderMarkCommentsAndAnXMLDeclaration() {
        #expect(format("<html>", bom: true) == .html)
        #expect(format("<!-- gegenereerd door het CMS -->\n<!-- nog een -->\n<html lang=nl>") == .html)
        #expect(format("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">") == .html)
        #expect(format("<!-- " + String(repeating: "x", count: 5000)) == .html)
    }

    @Test func leavesTextAlone() {
        #expect(format("\n\nRegionale samenwerking werkt\n\n<html> in de tekst") == .text)
        #expect(format("[TERUG NAAR PO KAART >](#)") == .text)
        #expect(format("<Onderwijsregio Zeeland>") == .text)
        #expect(format("<pre-publicatie> concept") == .text)
        #expect(format("<!-- commentaar -->\nRegionale samenwerking werkt") == .text)
        #expect(format("") == .text)
        #expect(format("<") == .text)
    }

    @Test func aUTF16PageGoesToTheTextReaderWhichRefusesItClearly() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("<html>".utf8).flatMap { [$0, 0] }
        #expect(DocumentReader.detectFormat(bytes) == .text)
        #expect(throws: InputError(.encoding, file: "t.html", "is UTF-16 (byte-order mark found); save it as UTF-8")) {
            try DocumentReader.read(bytes, name: "t.html")
        }
    }
}
