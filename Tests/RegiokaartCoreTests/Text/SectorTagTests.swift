import Testing
@testable import RegiokaartCore

@Suite struct SectorTagTests {
    @Test func splitsSectorTagsOffInAnyCase() {
        #expect(SectorTag.split("Rotterdam (vo/mbo)").name == "Rotterdam")
        #expect(SectorTag.split("Rotterdam (vo/mbo)").tag?.sectors == [.vo, .mbo])
        #expect(SectorTag.split("Onderwijsregio Midden-Nederland (PO)").tag?.sectors == [.po])
        #expect(SectorTag.split("Onderwijsregio Limburg (po/vo/mbo)").tag?.sectors == [.po, .vo, .mbo])
        #expect(SectorTag.split("Landelijk (po, vo, mbo)").tag?.sectors == [.po, .vo, .mbo])
        #expect(SectorTag.split("Groot-Amsterdam (vo /mbo)").tag?.sectors == [.vo, .mbo])
    }

    @Test func keepsOtherParentheticals() {
        #expect(SectorTag.split("Zeeuwse Onderwijsregio (ZOR)") == ("Zeeuwse Onderwijsregio (ZOR)", nil))
        #expect(SectorTag.split("Onderwijsregio Koerskracht (PLG+)").tag == nil)
        #expect(SectorTag.split("Onderwijsregio LOA (Lingewaard, Overbetuwe en Arnhem)").tag == nil)
        #expect(SectorTag.split("Noorderwijzer (Drenthe+) (vo/mbo)").name == "Noorderwijzer (Drenthe+)")
    }

    @Test func reportsUnknownTokensButKeepsTheKnownSectors() {
        let tag = SectorTag.split("Midden-Brabant (po/go)").tag
        #expect(tag?.sectors == [.po])
        #expect(tag?.unknownTokens == ["go"])
    }

    @Test func findsATagInTheMiddleOfAName() {
        // The benchmark corpus appends a copy number after the tag.
        #expect(SectorTag.split("Rotterdam (po) 12").name == "Rotterdam 12")
    }

    @Test func readsQualifiersBesideSectors() {
        let tag = SectorTag.split("PLG+ (christelijk po)").tag
        #expect(tag?.sectors == [.po])
        #expect(tag?.qualifiers == ["christelijk"])
    }

    /// `SectorTag.parse(inner:)` as it was written on `Character`s alone.
    static func referenceParse(inner: String) -> SectorTag? {
        let tokens = inner.lowercased().split(whereSeparator: { "/,+& ".contains($0) }).map(String.init)
        var sectors = Set<Sector>()
        var unknown: [String] = []
        var qualifiers: [String] = []
        for token in tokens {
            if let sector = Sector(rawValue: token) {
                sectors.insert(sector)
            } else if SectorTag.knownQualifiers.contains(token) {
                qualifiers.append(token)
            } else if token.count <= 3, token.allSatisfy(\.isLetter) {
                unknown.append(token)
            } else {
                return nil
            }
        }
        guard !sectors.isEmpty else { return nil }
        return SectorTag(text: "(\(inner))", sectors: sectors.sorted(), unknownTokens: unknown, qualifiers: qualifiers)
    }

    /// `SectorTag.split` as it was written on `Character`s alone.
    static func referenceSplit(_ name: String) -> (name: String, tag: SectorTag?) {
        var kept = ""
        var tag: SectorTag?
        var rest = Substring(name)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inner = String(rest[rest.index(after: open)..<close])
            if let parsed = referenceParse(inner: inner) {
                kept += rest[..<open]
                tag = tag.map { SectorTag(text: $0.text + " " + parsed.text,
                                          sectors: Array(Set($0.sectors + parsed.sectors)).sorted(),
                                          unknownTokens: $0.unknownTokens + parsed.unknownTokens,
                                          qualifiers: $0.qualifiers + parsed.qualifiers) } ?? parsed
            } else {
                kept += rest[...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        kept += rest
        return (NameFolding.collapseWhitespace(kept), tag)
    }

    /// The byte search for brackets in ASCII names splits as the `Character` search, on the real
    /// names and voorlopers and on hostile ones: nested, unclosed and repeated brackets, combining
    /// marks on brackets, CR LF, separators of every kind, qualifiers and unknown codes.
    @Test func splitsAsTheCharacterSearch() throws {
        var names = RealInput.dataset.regions.map(\.nameAsPublished) + RealInput.dataset.mentions.voorlopers.map(\.mention.asListed)
        names += ["Regio (po", "Regio po)", "Regio ((po))", "Regio (po))", "Regio )(po)(", "(po)", "()", "( )", "(po)(vo)",
                  "Regio (po) (vo) (mbo)", "Regio (po/go) 12", "Regio (PO & VO + MBO, go)", "Regio (po\u{301})", "Regio (\u{301}po)",
                  "Regio (\u{301}po) (vo)", "Regio \u{301}(po)", "Regio (po)\u{301} 3", "Regio\r\n(po)", "Regio (po\r\n)",
                  "Súdwest (po) Fryslân (vo)", "Regio (christelijk po) (openbaar vo)", "Regio (xyz/po)", "Regio (po;vo)",
                  "Regio  (po)  7", "Regio (Po/Vo/MBO)", "Regio (p o)", "Regio (po\tvo)", "", " ", "Regio (één po)", "Regio (po/ﬁ)"]
        for name in names {
            let split = SectorTag.split(name), reference = Self.referenceSplit(name)
            #expect(split.name == reference.name && split.tag == reference.tag, "\(name.debugDescription)")
        }
        #expect(names.filter { Self.referenceSplit($0).tag != nil }.count > 20)
    }
}
