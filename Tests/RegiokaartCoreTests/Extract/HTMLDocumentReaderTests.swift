import Testing
@testable import RegiokaartCore

/// The line structure the HTML reader produces from a DOM.
@Suite struct HTMLDocumentReaderTests {
    private func lines(_ html: String) throws -> [String] {
        try HTMLDocumentReader.read(Array(html.utf8), name: "t.html").lines.map(\.text)
    }

    @Test func blockElementsEndLinesAndInlineElementsDoNot() throws {
        let html = """
            <html><body><h2>Zuidwest <span>Samen</span></h2><div><p>58.632</p><p>Aantal <b>leerlingen</b>/<em>studenten</em></p></div>
            <section><article>Twente &amp; <a href="#">Omstreken</a></article></section></body></html>
            """
        #expect(try lines(html) == ["Zuidwest Samen", "58.632", "Aantal leerlingen/studenten", "Twente & Omstreken"])
    }

    @Test func headingsTablesAndDefinitionListsAreBlocks() throws {
        let html = """
            <h1>Een</h1><h6>Zes</h6><table><tr><th>70.780</th><td>Aantal</td></tr><tr><td>53</td><td>Opleiders</td></tr></table>
            <dl><dt>6</dt><dd>Aangesloten opleiders</dd></dl><blockquote>Citaat</blockquote><header>Kop</header><article><footer>Voet</footer></article><main>Hoofd</main>
            """
        #expect(try lines(html) == ["Een", "Zes", "70.780", "Aantal", "53", "Opleiders", "6", "Aangesloten opleiders", "Citaat", "Kop", "Voet", "Hoofd"])
    }

    /// The page's footer is furniture, skipped as `nav` is; a footer inside an article, section or
    /// aside is that section's and is read (a card's closing links may sit in one). ARIA landmarks
    /// say the same of any element: `navigation` and `contentinfo` are skipped, in any case and
    /// among other roles; other roles change nothing.
    @Test func thePagesFooterAndFurnitureLandmarksAreSkipped() throws {
        #expect(try lines("<main><ul><li>Aalten</li></ul></main><footer><ul><li>Privacy</li></ul></footer><p>Na</p>") == ["- Aalten", "Na"])
        #expect(try lines("<body><footer><p>Voet</p></footer>Tekst</body>") == ["Tekst"])
        #expect(try lines("<article><p>Aalten</p><footer><a>TERUG NAAR PO KAART</a></footer></article><footer>© 2025</footer>")
                == ["Aalten", "TERUG NAAR PO KAART"])
        #expect(try lines("<section><div><footer>Een</footer></div></section><aside><footer>Twee</footer></aside><footer>Drie</footer>") == ["Een", "Twee"])
        // Once its section has ended, a footer is the page's again.
        #expect(try lines("<section><p>A</p></section><div><footer>Voet</footer></div><p>B</p>") == ["A", "B"])
        #expect(try lines("<div role=\"navigation\"><ul><li>Home</li></ul></div><p>Aalten</p><div role='contentinfo'>© 2025</div>") == ["Aalten"])
        #expect(try lines("<ul role=\" Region NAVIGATION \"><li>Home</li></ul><span role='contentinfo'>Voet</span>Na") == ["Na"])
        #expect(try lines("<div role=\"main\"><p>Aalten</p></div><ul role='list'><li>Berkelland</li></ul><footer role='contentinfo'>x</footer>")
                == ["Aalten", "- Berkelland"])
    }

    @Test func lineBreaksAndRulesEndLines() throws {
        #expect(try lines("<p>Aantal<br>leerlingen/<br/>studenten<hr>Verzorgingsgebied</p>") == ["Aantal", "leerlingen/", "studenten", "Verzorgingsgebied"])
    }

    /// A heading is one line of text: a `<br>` inside it (a long card name wrapped by hand) reads as a
    /// space, so the name is not cut in two (the extractor would take only its last line).
    @Test func aLineBreakInsideAHeadingIsASpace() throws {
        #expect(try lines("<h2>Onderwijsregio<br>Oost-Nederland</h2><p>70.780</p>") == ["Onderwijsregio Oost-Nederland", "70.780"])
        #expect(try lines("<h3>Leiden, Duin- en<br/> <span>Bollenstreek<br></span>(po)</h3>") == ["Leiden, Duin- en Bollenstreek (po)"])
        #expect(try lines("<h1><br>Noorderwijs<br></h1>") == ["Noorderwijs"])
        // Outside headings a line break still ends the line, also after a heading.
        #expect(try lines("<h2>Zuidwest<br>Samen</h2><p>Aantal<br>leerlingen</p>") == ["Zuidwest Samen", "Aantal", "leerlingen"])
    }

    /// A card whose name heading holds a `<br>` gives the same region as one without.
    @Test func aCardWhoseNameHeadingHoldsALineBreakKeepsItsWholeName() throws {
        let figures = ["70.780", "Aantal leerlingen/studenten", "53", "Aantal aangesloten schoolbesturen (po)", "0",
                       "Aantal aangesloten schoolbesturen (vo)", "0", "Aantal aangesloten mbo-instellingen", "6", "Aangesloten opleiders"]
        let html = "<h2>Onderwijsregio<br>Oost-Nederland</h2>" + figures.map { "<p>\($0)</p>" }.joined()
            + "<p>Verzorgingsgebied</p><ul><li>Aalten</li></ul><p><a href='#'>TERUG NAAR PO KAART ></a></p>"
        let document = try HTMLDocumentReader.read(Array(html.utf8), name: "card.html")
        let publication = PublicationExtractor().extract(document)
        #expect(publication.regions.map(\.nameAsPublished) == ["Onderwijsregio Oost-Nederland"])
    }

    @Test func listItemsBecomeBulletLines() throws {
        let html = "<ul><li>Aalten</li><li> Apeldoorn </li><li><p>Berkelland</p></li><li></li><li><a href='#'>Bronckhorst</a></li></ul><ol><li>Een</li></ol>"
        #expect(try lines(html) == ["- Aalten", "- Apeldoorn", "- Berkelland", "- Bronckhorst", "- Een"])
    }

    @Test func nestedListsGiveEachItemItsOwnBullet() throws {
        #expect(try lines("<ul><li>Noord<ul><li>Groningen</li><li>Drenthe</li></ul></li><li>Zuid</li></ul>") == ["- Noord", "- Groningen", "- Drenthe", "- Zuid"])
    }

    @Test func entitiesBecomeCharactersAndNonBreakingSpacesBecomeSpaces() throws {
        let html = "<p>Twente &amp; Omstreken</p><p>Onderwijsregio&#39;s &#x27;x&#x27;</p><p>Capelle&nbsp;aan&#160;den&nbsp;&nbsp;IJssel</p><p>&eacute;&eacute;n &gt; twee &lt; drie &quot;q&quot; &euro;5</p>"
        #expect(try lines(html) == ["Twente & Omstreken", "Onderwijsregio's 'x'", "Capelle aan den IJssel", "één > twee < drie \"q\" €5"])
    }

    @Test func whitespaceCollapsesInsideALineAndVanishesAtItsEnds() throws {
        let html = "<div>\n   Hoeksche\t\t  Waard \n\n  </div><p>  a <span> b </span>  c  </p><p>x&#8203;y z&#173;w u&#8239;v</p>"
        #expect(try lines(html) == ["Hoeksche Waard", "a b c", "xy zw u v"])
    }

    /// Invisible characters (soft hyphen, zero-width space, non-joiner, joiner, word joiner, BOM) are
    /// left out of a line's text, so that a label or heading reads as it looks, and the line is kept
    /// as printed with them where they stood (after the collapsed space or bullet before them): the
    /// name steps read names from it and report what they remove.
    @Test func invisibleCharactersAreLeftOutOfTheTextAndKeptInTheLinesPrinting() throws {
        let html = "<h2>Amster&#x200B;dam</h2><p>Aantal leer&shy;lingen/ &#8204;studenten</p><ul><li>&#xFEFF;Aalten&zwj;</li>"
            + "<li>Olst-&#x2060;Wijhe</li><li>Epe</li></ul><h3>\u{00AD}Verzorgingsgebied</h3><p>\u{200B}</p>"
        let document = try HTMLDocumentReader.read(Array(html.utf8), name: "t.html")
        #expect(document.lines.map(\.text) == ["Amsterdam", "Aantal leerlingen/ studenten", "- Aalten", "- Olst-Wijhe", "- Epe", "Verzorgingsgebied"])
        #expect(document.lines.printings == [0: "Amster\u{200B}dam", 1: "Aantal leer\u{00AD}lingen/ \u{200C}studenten", 2: "- \u{FEFF}Aalten\u{200D}",
                                             3: "- Olst-\u{2060}Wijhe", 5: "\u{00AD}Verzorgingsgebied"])
    }

    @Test func nonContentElementsAreIgnored() throws {
        let html = """
            <html><head><title>Titel</title><style>p { color: red }</style><script>var x = "<p>nep</p>";</script></head>
            <body><nav><ul><li>Menu</li></ul></nav><p>Echt</p><noscript>Zet JavaScript aan</noscript><template><p>Sjabloon</p></template>
            <svg><text>Zeeland</text></svg><iframe src="x">Frame</iframe><p hidden>Verborgen</p><select><option>Keuze</option></select>
            <p>Ook <script>document.write("nep")</script>echt</p></body></html>
            """
        #expect(try lines(html) == ["Echt", "Ook echt"])
    }

    @Test func ignoredBlocksStillSeparateTheTextAroundThem() throws {
        #expect(try lines("<div>voor<nav>menu</nav>na</div><div>in<script>x</script>line</div>") == ["voor", "na", "inline"])
    }

    @Test func preformattedTextKeepsItsLineBreaks() throws {
        #expect(try lines("<pre>Aantal\nleerlingen/\n\nstudenten</pre>") == ["Aantal", "leerlingen/", "studenten"])
    }

    @Test func linesAreNumberedWithTheSourceLineOfTheirFirstCharacter() throws {
        let html = """
            <html>
            <body>
            <h2>Zuidwest Samen</h2>
            <p>
              58.632
            </p>
            <p>Aantal<br>
            leerlingen/<br>studenten</p>
            <ul>
              <li>
                Albrandswaard &amp; Barendrecht
              </li>
              <li>Capelle aan den IJssel</li>
            </ul>
            <!-- opmerking -->
            <p>
            <span>Thema:</span> Bredere arbeidsmarkt</p>
            <div><p>a</p>
            na de alinea</div>
            </body>
            </html>
            """
        let document = try HTMLDocumentReader.read(Array(html.utf8), name: "t.html")
        let numbered = document.lines.map { "\($0.number): \($0.text)" }
        #expect(numbered == [
            "3: Zuidwest Samen", "5: 58.632", "7: Aantal", "8: leerlingen/", "8: studenten",
            "11: - Albrandswaard & Barendrecht", "13: - Capelle aan den IJssel",
            "17: Thema: Bredere arbeidsmarkt", "18: a", "19: na de alinea",
        ])
        #expect(document.location(of: document.lines[0]) == SourceLocation(file: "t.html", line: 3))
    }

    @Test func textOutsideAnyBlockIsStillRead() throws {
        #expect(try lines("Losse tekst <b>vet</b>") == ["Losse tekst vet"])
    }

    @Test func anEmptyBodyGivesNoLines() throws {
        #expect(try lines("<!DOCTYPE html><html><head><title>Leeg</title></head><body></body></html>").isEmpty)
        #expect(try lines("<html><body>\n  \n</body></html>").isEmpty)
        #expect(try lines("").isEmpty)
        #expect(try lines("  \n ").isEmpty)
    }
}
