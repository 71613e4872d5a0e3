import Testing
@testable import RegiokaartCore

/// How the HTML reader finds and applies a page's character encoding.
@Suite struct HTMLEncodingTests {
    private func lines(_ bytes: [UInt8]) throws -> [String] {
        try HTMLDocumentReader.read(bytes, name: "t.html").lines.map(\.text)
    }

    /// The bytes of `text` in windows-1252 (which for these characters is also ISO-8859-1/15).
    private func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8($0.value) }
    }

    @Test func utf8WithoutAnyDeclarationIsReadAsUTF8() throws {
        // libxml2 on its own would read these bytes as Latin-1: "SÃºdwest-FryslÃ¢n".
        #expect(try lines(Array("<p>Súdwest-Fryslân</p>".utf8)) == ["Súdwest-Fryslân"])
    }

    @Test func utf8WithByteOrderMarkIsReadAsUTF8() throws {
        #expect(try lines([0xEF, 0xBB, 0xBF] + Array("<p>Súdwest-Fryslân</p>".utf8)) == ["Súdwest-Fryslân"])
    }

    @Test func byteOrderMarkWinsOverAContradictingMeta() throws {
        let page = [0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1252><p>Súdwest-Fryslân</p>".utf8)
        #expect(try lines(page) == ["Súdwest-Fryslân"])
    }

    @Test func metaCharsetWindows1252() throws {
        let page = latin1("<html><head><meta charset=\"windows-1252\"></head><body><p>Súdwest-Fryslân, Continuïteit ") + [0x93, 0x80, 0x94] + Array("</p></body></html>".utf8)
        #expect(try lines(page) == ["Súdwest-Fryslân, Continuïteit “€”"])
    }

    @Test func metaHttpEquivISO88591() throws {
        let page = latin1("<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=ISO-8859-1'></HEAD><BODY>Súdwest-Fryslân</BODY></HTML>")
        #expect(try lines(page) == ["Súdwest-Fryslân"])
    }

    @Test func iso88591IsReadAsWindows1252LikeBrowsersDo() throws {
        let page = Array("<meta charset=iso-8859-1><p>".utf8) + [0x84, 0x61, 0x93, 0x20, 0x81] + Array("</p>".utf8)
        #expect(try lines(page) == ["„a“ \u{81}"])
    }

    @Test func metaCharsetISO885915() throws {
        let page = Array("<meta charset='iso-8859-15'><p>".utf8) + [0xA4, 0x35, 0x20, 0xE9] + Array("</p>".utf8)
        #expect(try lines(page) == ["€5 é"])
    }

    @Test func metaUTF8IsRespectedAndUTF16LabelsMeanUTF8() throws {
        #expect(try lines(Array("<meta charset=utf-8><p>één</p>".utf8)) == ["één"])
        #expect(try lines(Array("<meta charset=utf-16><p>één</p>".utf8)) == ["één"])
    }

    @Test func metaInsideACommentIsNotADeclaration() throws {
        let page = Array("<!-- <meta charset=windows-1252> --><p>één</p>".utf8)
        #expect(try lines(page) == ["één"])
    }

    @Test func invalidUTF8WithoutDeclarationIsReportedWithItsOffset() {
        let page = Array("<p>Súd".utf8) + [0xFF] + Array("west</p>".utf8)
        #expect(throws: InputError(.encoding, file: "t.html", "is not valid UTF-8 at byte offset 7")) {
            try HTMLDocumentReader.read(page, name: "t.html")
        }
    }

    @Test func windows1252WithoutDeclarationIsReportedNotGuessed() {
        let page = latin1("<p>Súdwest</p>")
        #expect(throws: InputError(.encoding, file: "t.html", "is not valid UTF-8 at byte offset 4")) {
            try HTMLDocumentReader.read(page, name: "t.html")
        }
    }

    @Test func invalidUTF8DespiteAUTF8DeclarationIsReported() throws {
        let page = Array("<meta charset=utf-8><p>".utf8) + [0xC3, 0x28]
        let error = try #require(throws: InputError.self) { try HTMLDocumentReader.read(page, name: "t.html") }
        #expect(error.kind == .encoding)
        #expect(error.message.hasPrefix("is not valid UTF-8 at byte offset 23"))
    }

    @Test func utf16IsRefusedClearly() {
        let page: [UInt8] = [0xFF, 0xFE] + Array("<p>x</p>".utf8).flatMap { [$0, 0] }
        #expect(throws: InputError(.encoding, file: "t.html", "is UTF-16 (byte-order mark found); save it as UTF-8")) {
            try HTMLDocumentReader.read(page, name: "t.html")
        }
    }

    @Test func anUnsupportedCharsetIsReportedByName() throws {
        let error = try #require(throws: InputError.self) {
            try HTMLDocumentReader.read(Array("<meta charset=shift_jis><p>x</p>".utf8), name: "t.html")
        }
        #expect(error.kind == .encoding)
        #expect(error.message.contains("\"shift_jis\""))
    }

    @Test func prescanFindsTheDeclarationAmongOtherMarkup() {
        let head = Array("<!DOCTYPE html><html lang=nl><head><!-- x --><title a='<meta charset=koi8-r>'>T</title><meta name=viewport content='width=device-width'><meta http-equiv=\"content-type\" content=\"text/html;charset = 'windows-1252'\">".utf8)
        #expect(HTMLEncodingSniffer.prescan(head[...]) == "windows-1252")
    }

    @Test func charsetIsFoundInAContentAttribute() {
        #expect(HTMLEncodingSniffer.charsetInContentAttribute("text/html; charset=ISO-8859-1") == "ISO-8859-1")
        #expect(HTMLEncodingSniffer.charsetInContentAttribute("text/html; CHARSET=\"utf-8\"; x") == "utf-8")
        #expect(HTMLEncodingSniffer.charsetInContentAttribute("text/html") == nil)
    }

    @Test func labelsFollowTheEncodingStandard() {
        #expect(HTMLCharset(label: " UTF8 ") == .utf8)
        #expect(HTMLCharset(label: "latin1") == .windows1252)
        #expect(HTMLCharset(label: "US-ASCII") == .windows1252)
        #expect(HTMLCharset(label: "ISO_8859-15") == .iso8859_15)
        #expect(HTMLCharset(label: "ebcdic") == nil)
    }
}
