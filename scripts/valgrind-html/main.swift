// Valgrind driver for the HTML reader (scripts/valgrind-html.sh): runs it over the HTML fixtures and
// hostile inputs, synchronously, outside the test runner (valgrind 3.19 crashes inside it).
import Foundation

func run(_ name: String, _ bytes: [UInt8]) {
    do {
        let doc = try HTMLDocumentReader.read(bytes, name: name)
        print("\(name): \(doc.lines.count) lines")
    } catch {
        print("\(name): \(error)")
    }
}
let base = CommandLine.arguments[1]
for file in ["publication-semantic.html", "publication-divsoup.html"] {
    run(file, [UInt8](FileManager.default.contents(atPath: base + "/" + file)!))
}
run("nested", Array(("<body>" + String(repeating: "<div>", count: 20_000) + "x" + String(repeating: "</div>", count: 20_000)).utf8))
run("unclosed", Array(("<body>" + String(repeating: "<div><span><p>", count: 5_000) + "x").utf8))
run("bigline", Array(("<p>" + String(repeating: "Onderwijsregio ", count: 200_000) + "</p>").utf8))
run("empty", Array("<html><body></body></html>".utf8))
run("badutf8", Array("<p>S".utf8) + [0xFA] + Array("d</p>".utf8))
run("cp1252", Array("<meta charset=windows-1252><p>S".utf8) + [0xFA, 0x93, 0x81] + Array("d</p>".utf8))
run("utf16", [0xFF, 0xFE, 0x3C, 0x00])
run("script", Array("<script>document.write('<h2>Nep</h2>')</script><p>a &amp; b&nbsp;c</p></span></div><li>x".utf8))
