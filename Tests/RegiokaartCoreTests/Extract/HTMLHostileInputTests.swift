import Foundation
import Testing
@testable import RegiokaartCore

/// Broken, tricky and huge HTML: a correct result or a clear `InputError`, never a crash.
@Suite struct HTMLHostileInputTests {
    private func lines(_ html: String) throws -> [String] {
        try HTMLDocumentReader.read(Array(html.utf8), name: "t.html").lines.map(\.text)
    }

    @Test func unclosedTagsAreClosedByTheParser() throws {
        let html = "<html><body><div><h2>Zuidwest Samen<p>58.632<p>Aantal leerlingen<ul><li>Albrandswaard<li>Barendrecht<div>TERUG NAAR PO KAART &gt;"
        #expect(try lines(html) == ["Zuidwest Samen", "58.632", "Aantal leerlingen", "- Albrandswaard", "- Barendrecht", "TERUG NAAR PO KAART >"])
    }

    @Test func strayClosingTagsAreIgnored() throws {
        let html = "</div></p><p>Twente</span></li> &amp; Omstreken</p></ul></table></body></html><p>Laat</p>"
        #expect(try lines(html) == ["Twente & Omstreken", "Laat"])
    }

    @Test func badlyNestedInlineElementsKeepTheirText() throws {
        #expect(try lines("<p><b><i>Hollands</b> Noorden</i></p><p><a href='#'><div>Blok in link</div></a></p>") == ["Hollands Noorden", "Blok in link"])
    }

    @Test func aScriptFullOfFakeCardsContributesNothing() throws {
        let html = """
            <html><head><script>
            var kaart = "<h2>Nepregio</h2><p>99.999</p><p>Aantal leerlingen/studenten</p><ul><li>Nepstad</li></ul><a>TERUG NAAR PO KAART ></a>";
            document.write("</div></p><h2>Nog een nepregio</h2>");
            </script></head><body>
            <h2>Echte regio</h2>
            <script type="text/template"><h2>Sjabloonregio</h2><p>1.234</p></script>
            <script>if (a < b && c > d) { document.write('</scr' + 'ipt><h2>Nep</h2>'); }</script>
            <p>12.345</p></body></html>
            """
        let result = try lines(html)
        #expect(result == ["Echte regio", "12.345"])
        #expect(!result.joined().contains("Nep"))
    }

    @Test func hundredThousandNestedDivsNeitherOverflowNorTruncate() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "diep" + String(repeating: "</div>", count: depth) + "<p>na</p></body></html>"
        let started = Date()
        #expect(try lines(html) == ["diep", "na"])
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func hundredThousandUnclosedNestedElementsAreFine() throws {
        let html = "<body>" + String(repeating: "<div><span>", count: 100_000) + "bodem"
        #expect(try lines(html) == ["bodem"])
    }

    @Test func aTenMegabyteSingleLineIsReadWhole() throws {
        let word = "Onderwijsregio "
        let count = 10 * 1024 * 1024 / word.utf8.count + 1
        let html = "<html><body><p>" + String(repeating: word, count: count) + "</p><p>daarna</p></body></html>"
        #expect(html.utf8.count > 10 * 1024 * 1024)
        #expect(!html.contains("\n"))
        let started = Date()
        let document = try HTMLDocumentReader.read(Array(html.utf8), name: "t.html")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(document.lines.count == 2)
        #expect(document.lines.first?.text.utf8.count == count * word.utf8.count - 1)
        #expect(document.lines.last?.text == "daarna")
        #expect(document.lines.allSatisfy { $0.number == 1 })
    }

    @Test func aTenMegabyteLineOfManyElementsIsReadWhole() throws {
        let html = "<body>" + String(repeating: "<div><span>x</span> <b>y</b></div>", count: 300_000) + "<p>einde</p>"
        #expect(html.utf8.count > 10_000_000)
        let document = try HTMLDocumentReader.read(Array(html.utf8), name: "t.html")
        #expect(document.lines.count == 300_001)
        #expect(document.lines.first?.text == "x y")
        #expect(document.lines.last?.text == "einde")
    }

    @Test func anEmptyBodyGivesADocumentWithoutLines() throws {
        let document = try HTMLDocumentReader.read(Array("<!DOCTYPE html><html><head><title>Regio's</title><script>var x = 1;</script></head><body></body></html>".utf8), name: "leeg.html")
        #expect(document.name == "leeg.html")
        #expect(document.lines.isEmpty)
    }

    @Test func invalidUTF8WithoutDeclarationIsAnErrorNotACrash() {
        var page = Array("<html><body><h2>Zuidwest Samen</h2><p>".utf8)
        let offset = page.count
        page += [0xC0, 0xAF, 0xFE] + Array("</p></body></html>".utf8)
        #expect(throws: InputError(.encoding, file: "t.html", "is not valid UTF-8 at byte offset \(offset)")) {
            try HTMLDocumentReader.read(page, name: "t.html")
        }
    }

    @Test func controlCharactersAndNulBytesDoNotStopTheParser() throws {
        #expect(try lines("<p>a\u{0}b</p><p>c\u{1}\u{7}d</p><p>na</p>") == ["a b", "cd", "na"])
    }

    @Test func garbageInTagsAndCommentsIsSurvived() throws {
        let html = "<p <<>>x</p><!-- nooit gesloten <p>weg</p>"
        _ = try lines(html)
        #expect(try lines("<p>voor</p><!-- opmerking --><p>na</p><!---->") == ["voor", "na"])
        #expect(try lines("<![CDATA[x]]><?php echo 1 ?><p>ok &bogus; &#xZZ; &#99999999;</p>").contains { $0.hasPrefix("ok") })
    }
}
