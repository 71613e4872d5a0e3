import Testing
@testable import RegiokaartCore

/// The indexed resolution (`RegionIndex`) gives exactly what the scan of every region gives: the same
/// candidates in the same order with the same notes, and the same resolutions, on the real regions
/// and mentions, on hostile mentions, and on an archive-like dataset with numbered copies.
@Suite struct RegionIndexTests {
    static let context = StepContext(reference: RealInput.reference)

    /// Mentions no real input has: diacritics, fillers only, punctuation only, spelling variants,
    /// numbers, tags that fit nothing, places, the whole country, and names sharing only a stem.
    static let hostileNames = [
        "", " ", "(po)", "Onderwijsregio", "Regio en omgeving e.o.", "---", "& / +", "Súdwest-Fryslân", "SÚDWEST FRYSLÂN",
        "Ｚｗｏｌｌｅ", "Zwolle", "zwolle (vo/mbo)", "Zwol", "Zwollee", "Zwolse regio", "Amsterdamse regio (po)",
        "Utrecht Stad", "Utrecht Leert-Stad (mbo)", "Groningen, Friesland en Drenthe", "Den Haag en omstreken",
        "Friesland, Noordoostpolder en Urk", "Landelijk", "Landelijk (po/vo)", "Noord-Holland Noord", "Achterhoek west",
        "Midden-Nederland (po/vo/mbo)", "Midden Nederland", "Rotterdam (po)", "Rotterdam", "Holland", "Hollands",
        "Nederland", "Gelderland", "Gelderse", "Noorderwijzer (Drenthe+) (vo/mbo)", "A B C", "12 34", "Regio 7",
        "Kennemerland\u{00A0}Haarlem", "Zuid-Limburg\u{200B}", "İstanbul", "Ǆemal", "e\u{301}e\u{301}n regio",
    ]

    /// The real mentions (voorlopers, theme cases, card stories) and the hostile ones, each also
    /// under a part of the country and under "Landelijk".
    static var mentions: [RegionMention] {
        let real = RealInput.dataset.mentions.voorlopers.map(\.mention) + RealInput.dataset.mentions.cases.map(\.mention)
        let location = SourceLocation(file: "hostile.txt", line: 1)
        var all = real
        for text in real.map(\.asListed) + hostileNames {
            for landsdeel in [nil, "Noord-Nederland", "Landelijk", "landelijk "] as [String?] {
                all.append(RegionMention(kind: .voorloper, asListed: text, landsdeel: landsdeel, location: location))
            }
        }
        return all
    }

    /// The real regions repeated `copies` times, names and ids numbered as in the benchmark corpora.
    static func copies(_ copies: Int) -> [Region] {
        (1...copies).flatMap { k in
            RealInput.dataset.regions.map { region in
                var copy = region
                copy.id = "\(region.id)-\(k)"
                copy.name = "\(region.name) \(k)"
                copy.nameAsPublished = "\(region.nameAsPublished) \(k)"
                return copy
            }
        }
    }

    static func expectSameCandidates(_ regions: [Region]) {
        let index = RegionIndex(regions)
        let resolver = RegionResolver(context: context, aliases: RegionAliasTable([]))
        for mention in mentions {
            let pool = resolver.pool(for: mention, regions: regions)
            for rule in resolver.rules {
                let scanned = resolver.scannedCandidates(rule, for: mention, pool: pool, regions: regions)
                let indexed = rule.candidates(for: mention, in: index, pool: RegionPool(for: mention))
                #expect(indexed == scanned, "\(rule.kind) on \"\(mention.asListed)\" (\(mention.landsdeel ?? "-"))")
            }
        }
    }

    static func expectSameResolutions(_ regions: [Region], aliases: RegionAliasTable) {
        let index = RegionIndex(regions)
        let resolver = RegionResolver(context: context, aliases: aliases)
        for mention in mentions {
            #expect(resolver.resolve(mention, in: index) == resolver.resolveByScanning(mention, regions: regions),
                    "\"\(mention.asListed)\" (\(mention.landsdeel ?? "-"))")
        }
    }

    @Test func everyRuleFindsTheSameCandidatesOnTheRealRegions() {
        Self.expectSameCandidates(RealInput.dataset.regions)
    }

    @Test func everyRuleFindsTheSameCandidatesOnNumberedCopies() {
        Self.expectSameCandidates(Self.copies(3))
    }

    @Test func resolutionsAreTheSameOnTheRealRegions() throws {
        let aliases = try RegionAliasTable.load(path: RealInput.configuration.regionAliasesPath!, optional: false)
        #expect(!aliases.aliases.isEmpty)
        Self.expectSameResolutions(RealInput.dataset.regions, aliases: aliases)
        Self.expectSameResolutions(RealInput.dataset.regions, aliases: RegionAliasTable([]))
    }

    @Test func resolutionsAreTheSameOnNumberedCopies() {
        let regions = Self.copies(3)
        Self.expectSameResolutions(regions, aliases: RegionAliasTable([]))
        // On copies a real name is tied across copies: unresolved, never a pick.
        let zwolle = RegionResolver(context: Self.context, aliases: RegionAliasTable([]))
            .resolve(RegionMention(kind: .voorloper, asListed: "Zwolle en omgeving", location: SourceLocation(file: "a", line: 1)),
                     in: RegionIndex(regions))
        #expect(zwolle.regionID == nil)
        #expect(zwolle.reason?.contains("equally") == true)
    }

    @Test func theInventedRegionsResolveTheSameThroughTheIndex() {
        let resolver = RegionResolver(context: RegionResolverTests.context, aliases: RegionAliasTable([]))
        let index = RegionIndex(RegionResolverTests.regions)
        for text in ["Aadorp en omstreken (po)", "Aadorp (vo/mbo)", "Aa e.o. (vo)", "Aadorp", "Haven (mbo)", "Haven (vo)",
                     "Haven", "Westland", "West-Land (po)", "Oostland", "Landelijk", "Kring", "Onderwijsregio Kringen"] {
            for landsdeel in [nil, "Landelijk", "West"] as [String?] {
                let mention = RegionMention(kind: .voorloper, asListed: text, landsdeel: landsdeel, location: SourceLocation(file: "a", line: 1))
                #expect(resolver.resolve(mention, in: index) == resolver.resolveByScanning(mention, regions: RegionResolverTests.regions), "\(text)")
            }
        }
    }

    @Test func asciiWordsAreTheCharacterWords() {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        var names = RealInput.dataset.regions.map(\.name) + Self.hostileNames + [ascii, "a\r\nb", "x1y2-Z3", "'s-Hertogenbosch", "DE-MARNE"]
        names += names.map { $0.uppercased() }
        for name in names {
            #expect(NameTokens.foldedWords(name) == NameTokens.characterWords(name), "\(name)")
        }
        #expect(NameTokens("Onderwijsregio Zwolle en omgeving").words == ["zwolle"])
        #expect(NameTokens("Súdwest-Fryslân").words == ["sudwest", "fryslan"])
    }

    /// The token rule's notes, written when the evidence reads them, are the sentences written
    /// out for every candidate: on the real regions and numbered copies, for real and hostile mentions.
    @Test func tokenNotesAreTheWrittenOutNotes() {
        for regions in [RealInput.dataset.regions, Self.copies(3)] {
            let index = RegionIndex(regions)
            var checked = 0
            for mention in Self.mentions {
                let words = NameTokens(mention.name)
                for candidate in TokenRule().candidates(for: mention, in: index, pool: RegionPool(for: mention)) {
                    let other = NameTokens(regions[candidate.region].name)
                    let similarity = words.similarity(to: other)
                    var note = "words {\(words.words.joined(separator: ", "))} vs {\(other.words.joined(separator: ", "))} of "
                        + "\(regions[candidate.region].id): similarity \(TokenRule.format(similarity.score))"
                    if !similarity.fuzzyPairs.isEmpty { note += " (spelling variants \(similarity.fuzzyPairs.joined(separator: ", ")))" }
                    #expect(candidate.note == note)
                    checked += 1
                }
            }
            #expect(checked > regions.count)
        }
    }

    /// The runner-up the evidence quotes as "next" is never the winner itself (the resolver tells
    /// the contenders from the rest by region number): the winner's line, two lines up, quotes another note.
    @Test func theNextCandidateIsNeverTheBest() {
        let resolver = RegionResolver(context: Self.context, aliases: RegionAliasTable([]))
        for regions in [RealInput.dataset.regions, Self.copies(3)] {
            let index = RegionIndex(regions)
            var quoted = 0
            for mention in Self.mentions {
                let evidence = resolver.resolve(mention, in: index).evidence
                for (k, line) in evidence.enumerated() where line.hasPrefix("next: ") {
                    #expect(k >= 2 && !evidence[k - 2].hasSuffix(": " + line.dropFirst("next: ".count)), "\(mention.asListed): \(evidence)")
                    quoted += 1
                }
            }
            #expect(quoted > 0)
        }
    }

    /// The filler test by length answers as the set does: for every word of the real names, the
    /// hostile names and the fillers themselves, changed by a letter, cut short or lengthened.
    @Test func fillerByLengthIsTheFillerSet() {
        var words = Set((RealInput.dataset.regions.map(\.name) + Self.hostileNames).flatMap(NameTokens.foldedWords))
        for filler in NameTokens.filler {
            words.formUnion([filler, String(filler.dropLast()), filler + "s", "x" + filler, String(filler.dropFirst()),
                             filler.uppercased(), String(filler.reversed()), filler + filler])
        }
        words.formUnion(["", "a", "é", "eé", "onderwijsregio's", String(repeating: "o", count: 40)])
        for word in words { #expect(NameTokens.isFiller(word) == NameTokens.filler.contains(word), "\(word)") }
        #expect(NameTokens.filler.allSatisfy(NameTokens.isFiller))
    }

    /// The key tables built the plain way: every (key, region) pair collected, then hashed and sorted.
    static func plainTable(_ pairs: [(key: String, region: Int)]) -> [UInt64] {
        pairs.map { HashedPostings.hash($0.key) << 32 | UInt64(UInt32($0.region)) }.sorted()
    }

    /// The index's tables, built from entries hashed as the keys come (on one core or two), are the
    /// tables of the plain pairs: on the real regions, numbered copies and regions with hostile names.
    @Test func tablesAreThePlainPairsTables() {
        let hostile = Self.hostileNames.enumerated().map { k, name in
            var region = RealInput.dataset.regions[k % RealInput.dataset.regions.count]
            region.name = name
            region.nameAsPublished = name + (k % 2 == 0 ? "" : " (po)")
            return region
        }
        for regions in [RealInput.dataset.regions, Self.copies(3), hostile, hostile + hostile, []] {
            var names: [(key: String, region: Int)] = [], published: [(key: String, region: Int)] = []
            var folded: [(key: String, region: Int)] = [], words: [(key: String, region: Int)] = []
            var stems: [(key: String, region: Int)] = []
            for (index, region) in regions.enumerated() {
                names.append((region.name, index))
                published.append((region.nameAsPublished, index))
                if !NameFolding.fold(region.name).isEmpty { folded.append((NameFolding.fold(region.name), index)) }
                let regionWords = NameTokens(region.name).words
                words += regionWords.map { ($0, index) }
                var regionStems: [String] = []
                for stem in regionWords.compactMap(RegionIndex.stem) where !regionStems.contains(stem) { regionStems.append(stem) }
                stems += regionStems.map { ($0, index) }
            }
            for twoCores in [false, true] {
                let index = RegionIndex(regions, twoCores: twoCores)
                #expect(index.byName == HashedPostings(entries: Self.plainTable(names)))
                #expect(index.byPublishedName == HashedPostings(entries: Self.plainTable(published)))
                #expect(index.byFoldedName == HashedPostings(entries: Self.plainTable(folded)))
                #expect(index.byWord == HashedPostings(entries: Self.plainTable(words)))
                #expect(index.byWordStem == HashedPostings(entries: Self.plainTable(stems)))
                #expect(index.wordCounts == regions.map { UInt8(clamping: NameTokens($0.name).words.count) })
            }
        }
    }
}
