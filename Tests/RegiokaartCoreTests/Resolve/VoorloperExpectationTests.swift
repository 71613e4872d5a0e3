import Testing
@testable import RegiokaartCore

/// Every voorloper of the July 2023 article, checked against what a reader of the article and the
/// cards concludes. Each row: the line in `Input/news-2023-07-voorlopers.txt`, the bullet as printed,
/// the region id it must resolve to (nil: must stay unresolved) and the confidence.
@Suite struct VoorloperExpectationTests {
    struct Expected {
        var line: Int
        var listed: String
        var region: String?
        var confidence: LinkConfidence?
        /// Set for unresolved rows: a phrase the reason must contain.
        var reason: String? = nil
    }

    static let table: [Expected] = [
        // Noord-Nederland
        // The card "Noorderwijzer" (vo; Drenthe and its edges) is the only name that shares a word; the
        // tag also says mbo, which the card's figures do not show: right region, but only probable.
        Expected(line: 15, listed: "Noorderwijzer (Drenthe+) (vo/mbo)", region: "noorderwijzer", confidence: .probable),
        // Three provinces, po: the card "Noord-Nederland (po)" covers 36 of their 40 municipalities and
        // nothing else; the other regions there are vo or mbo.
        Expected(line: 16, listed: "Groningen, Friesland en Drenthe (po)", region: "noord-nederland", confidence: .probable),
        // The same provinces (missing comma), mbo: "Mbo Noord-Nederland" lists exactly these provinces.
        Expected(line: 17, listed: "Groningen Friesland, Drenthe (mbo)", region: "mbo-noord-nederland", confidence: .probable),
        // Fryslân plus Noordoostpolder and Urk is the area of "Friesland Noordelijk Flevoland" (vo), whose
        // card story is about "Friesland en Noordoostpolder"; the tag's mbo is not on that card.
        Expected(line: 18, listed: "Friesland, Noordoostpolder en Urk (vo/mbo)", region: "friesland-noordelijk-flevoland", confidence: .probable),
        // Oost-Nederland
        // The card has this exact name and is vo/mbo.
        Expected(line: 22, listed: "Twente, Achterhoek, Oost-Salland (vo/mbo)", region: "twente-achterhoek-oost-salland", confidence: .certain),
        // "Achterhoek west" is no card name and no place; the Achterhoek is split between "Achterhoek
        // Veluwezoom" (vo) and "Twente, Achterhoek, Oost-Salland" (vo/mbo): a reader cannot tell either.
        Expected(line: 23, listed: "Achterhoek west (vo/mbo)", region: nil, confidence: nil, reason: "no region name"),
        // "Regio … en omgeving" vs "Onderwijsregio … en omgeving": only filler differs; both po/vo/mbo.
        Expected(line: 24, listed: "Regio Zwolle en omgeving (po/vo/mbo)", region: "onderwijsregio-zwolle-en-omgeving", confidence: .certain),
        // Midden-Nederland
        // Two cards carry this name over the same 35 municipalities: "Onderwijsregio Midden-Nederland
        // (PO)" and "Midden-Nederland Leert (vo/mbo)". The tag po/vo/mbo spans both: no single region.
        Expected(line: 28, listed: "Midden-Nederland (po/vo/mbo)", region: nil, confidence: nil, reason: "spans several regions"),
        // "Utrecht Leert-Stad" (po/vo/mbo, the municipality of Utrecht only) is the city region.
        Expected(line: 29, listed: "Utrecht Stad (po/vo/mbo)", region: "utrecht-leert-stad", confidence: .probable),
        // "Almere & Lelystad" (po/vo/mbo) is the only card naming Almere; the case page calls it Almere-Lelystad.
        Expected(line: 30, listed: "Almere (po/vo/mbo)", region: "almere-lelystad", confidence: .probable),
        // West-Nederland
        // "Amsterdamse Onderwijsregio" (Amsterdam and Diemen, po/vo/mbo).
        Expected(line: 34, listed: "Amsterdam (po/vo/mbo)", region: "amsterdamse-onderwijsregio", confidence: .probable),
        // "Kennemerland Groot-Amsterdam" (vo/mbo): the same three words, in another order.
        Expected(line: 35, listed: "Groot-Amsterdam & Zuid-Kennemerland (vo /mbo)", region: "kennemerland-groot-amsterdam", confidence: .probable),
        // The north of Noord-Holland is the card "Onderwijsregio Hollands Noorden" (vo/mbo: Den Helder,
        // Texel, Alkmaar, Hoorn…); no rule reads the trailing "Noord", so the steward's alias table settles it.
        Expected(line: 36, listed: "Noord-Holland Noord (vo/mbo)", region: "onderwijsregio-hollands-noorden", confidence: .certain),
        // Exact card name; the card serves po, vo and also mbo, so the tag po/vo fits.
        Expected(line: 37, listed: "Onderwijsregio Groene Hart (po/vo)", region: "onderwijsregio-groene-hart", confidence: .certain),
        // Den Haag is 's-Gravenhage, covered by "Onderwijsregio Haaglanden" (po/vo/mbo) alone.
        Expected(line: 38, listed: "Den Haag en omstreken (po/vo/mbo)", region: "onderwijsregio-haaglanden", confidence: .probable),
        // The province of Zeeland is the "Zeeuwse Onderwijsregio (ZOR)" (13 Zeeland municipalities and Bergen op Zoom).
        Expected(line: 39, listed: "Zeeland (po/vo/mbo)", region: "zeeuwse-onderwijsregio-zor", confidence: .probable),
        // Two cards are called Rotterdam; the po one.
        Expected(line: 40, listed: "Rotterdam (po)", region: "rotterdam-po", confidence: .certain),
        // "Onderwijsregio Rijnmond" (vo/mbo).
        Expected(line: 41, listed: "Rijnmond (vo/mbo)", region: "onderwijsregio-rijnmond", confidence: .certain),
        // No card is called so and it is no CBS place. The islands (Goeree-Overflakkee, Voorne aan Zee,
        // Hoeksche Waard) are po-covered by "Zuidwest Samen", but Hoeksche Waard also by "Drechtsteden en
        // West-Brabant" and Zuidwest Samen reaches far beyond the islands: a guess, so unresolved.
        Expected(line: 42, listed: "Zuid-Hollandse eilanden (po)", region: nil, confidence: nil, reason: "no region name"),
        // The other Rotterdam card.
        Expected(line: 43, listed: "Rotterdam (vo/mbo)", region: "rotterdam-vo-mbo", confidence: .certain),
        // Zuid-Nederland
        // "Midden-Brabant (po/go)": the same words in the other order; po by its figures.
        Expected(line: 47, listed: "Brabant-Midden (po)", region: "midden-brabant", confidence: .certain),
        // Two cards say Brabant-Oost; the one tagged "(vo/mbo)" has only po figures, the untagged one
        // has vo and mbo boards. The figures count: the vo/mbo card.
        Expected(line: 48, listed: "Brabant-Oost (vo/mbo)", region: "onderwijsregio-brabant-oost-vo-mbo", confidence: .certain),
        // "Onderwijsregio Noord-Limburg (po)".
        Expected(line: 49, listed: "Noord-Limburg (po)", region: "onderwijsregio-noord-limburg", confidence: .certain),
        // Landelijk
        // "Landelijke Groene Onderwijsregio" (national, vo/mbo).
        Expected(line: 53, listed: "Landelijk groen onderwijs (vo/ mbo)", region: "landelijke-groene-onderwijsregio", confidence: .probable),
        // Of the three national cards only Progressus serves po, vo and mbo (its card does not say
        // "reformatorisch", so only probable).
        Expected(line: 54, listed: "Landelijk, christelijk-reformatorisch onderwijs (po, vo, mbo)", region: "progressus", confidence: .probable),
        // No card is called Scope; two national cards serve po (Koerskracht (PLG+) and Progressus).
        Expected(line: 55, listed: "Scope (christelijk po)", region: nil, confidence: nil, reason: "several regions equally"),
        // "Onderwijsregio Koerskracht (PLG+)" (national, po) carries the name in brackets.
        Expected(line: 56, listed: "PLG+ (christelijk po)", region: "onderwijsregio-koerskracht-plg", confidence: .probable),
    ]

    @Test func theArticleListsTwentySevenVoorlopersAndSaysSo() {
        let mentions = RealInput.dataset.mentions
        #expect(mentions.voorlopers.count == 27)
        #expect(Set(mentions.voorloperCountClaims.map(\.value)) == [27])
        #expect(RealInput.issues(.voorloperCountMismatch).isEmpty)
        #expect(Self.table.count == 27)
    }

    @Test(arguments: table.indices)
    func voorloperResolvesAsExpected(_ row: Int) throws {
        let expected = Self.table[row]
        let voorlopers = RealInput.dataset.mentions.voorlopers
        try #require(row < voorlopers.count)
        let voorloper = voorlopers[row]
        #expect(voorloper.mention.location.line == expected.line)
        #expect(voorloper.mention.asListed == expected.listed)
        let resolution = try #require(voorloper.resolution)
        #expect(resolution.regionID == expected.region, "\(expected.listed): \(resolution.reason ?? "") \(resolution.evidence)")
        #expect(resolution.confidence == expected.confidence, "\(expected.listed): \(resolution.evidence)")
        if let reason = expected.reason {
            #expect(resolution.reason?.contains(reason) == true, "\(expected.listed): \(resolution.reason ?? "no reason")")
        } else {
            #expect(!resolution.evidence.isEmpty)
        }
    }

    @Test func landsdelenAndTagsAreReadAsPrinted() {
        let voorlopers = RealInput.dataset.mentions.voorlopers
        let parts = voorlopers.map { $0.mention.landsdeel ?? "" }
        #expect(parts.filter { $0 == "Noord-Nederland" }.count == 4)
        #expect(parts.filter { $0 == "Oost-Nederland" }.count == 3)
        #expect(parts.filter { $0 == "Midden-Nederland" }.count == 3)
        #expect(parts.filter { $0 == "West-Nederland" }.count == 10)
        #expect(parts.filter { $0 == "Zuid-Nederland" }.count == 3)
        #expect(parts.filter { $0 == "Landelijk" }.count == 4)
        let byLine = Dictionary(uniqueKeysWithValues: voorlopers.map { ($0.mention.location.line, $0.mention) })
        #expect(byLine[35]?.sectors == [.vo, .mbo])          // "(vo /mbo)"
        #expect(byLine[53]?.sectors == [.vo, .mbo])          // "(vo/ mbo)"
        #expect(byLine[54]?.sectors == [.po, .vo, .mbo])     // "(po, vo, mbo)"
        #expect(byLine[55]?.sectors == [.po])                // "(christelijk po)"
        #expect(byLine[55]?.tag?.qualifiers == ["christelijk"])
        #expect(byLine[15]?.name == "Noorderwijzer (Drenthe+)")  // "(Drenthe+)" is no sector tag
        let spellings = RealInput.issues(.voorloperTagSpelling).compactMap(\.rawValue)
        #expect(spellings == ["(vo /mbo)", "(vo/ mbo)", "(po, vo, mbo)"])
    }

    @Test func everyVoorloperIsReportedAndRegionsCarryTheirVoorloper() {
        let reported = RealInput.issues(.mentionCertain) + RealInput.issues(.mentionProbable)
            + RealInput.issues(.mentionUnresolved) + RealInput.issues(.mentionAlias)
        let lines = Set(reported.filter { $0.field == "voorloper" }.compactMap { $0.location?.line })
        #expect(lines == Set(Self.table.map(\.line)))
        let regions = RealInput.dataset.regions
        for row in Self.table {
            guard let id = row.region else { continue }
            let region = regions.first { $0.id == id }
            #expect(region?.voorloper?.mention.location.line == row.line, "\(id)")
            #expect(region?.aliases.contains { $0.name == row.listed && $0.kind == "voorloper" } == true, "\(id)")
        }
        #expect(regions.filter { $0.voorloper != nil }.count == Self.table.filter { $0.region != nil }.count)
        #expect(RealInput.issues(.voorloperSharedRegion).isEmpty)
    }

    @Test func theAliasRowIsUsedAndReported() {
        let uses = RealInput.issues(.mentionAlias)
        #expect(uses.count == 1)
        #expect(uses.first?.rawValue == "Noord-Holland Noord (vo/mbo)")
        #expect(uses.first?.resultValue == "onderwijsregio-hollands-noorden")
        #expect(uses.first?.message.contains("region-aliases.csv:2") == true)
    }
}
