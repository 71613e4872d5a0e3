import Testing
@testable import RegiokaartCore

/// The resolution rules on invented regions and mentions.
@Suite struct RegionResolverTests {
    /// Two provinces: Westland with Aadorp, Beekdal and Carstad; Oostland with Dijkum and Eemdorp.
    static let reference = ReferenceData(
        municipalities: [
            Municipality(code: "GM0001", name: "Aadorp", provinceCode: "PV01", provinceName: "Westland"),
            Municipality(code: "GM0002", name: "Beekdal", provinceCode: "PV01", provinceName: "Westland"),
            Municipality(code: "GM0003", name: "Carstad", provinceCode: "PV01", provinceName: "Westland"),
            Municipality(code: "GM0004", name: "Dijkum", provinceCode: "PV02", provinceName: "Oostland"),
            Municipality(code: "GM0005", name: "Eemdorp", provinceCode: "PV02", provinceName: "Oostland"),
        ],
        provinces: [Province(code: "PV01", name: "Westland", aliases: ["West-Land"]),
                    Province(code: "PV02", name: "Oostland", aliases: [])],
        mergers: [],
        aliases: [MunicipalityAlias(name: "Aa", code: "GM0001", note: "short name", location: SourceLocation(file: "a.csv", line: 2))])
    static let context = StepContext(reference: reference)

    /// A region with an id, a name, sectors and municipality codes.
    static func region(_ id: String, _ name: String, _ sectors: [Sector], _ codes: [String], national: Bool = false) -> Region {
        var region = Region(nameLines: [Located(name, at: SourceLocation(file: "p.txt", line: 1))], figures: Figures(),
                            area: [], stories: [], hasAreaHeading: !national, source: SourceLocation(file: "p.txt", line: 1))
        region.id = id
        region.name = name
        region.sectors = sectors
        region.scope = national ? .national : .municipalities
        region.municipalities = codes.map {
            RegionMunicipality(municipality: reference.municipalityByCode[$0]!, match: .exact, nameAsPublished: nil,
                               line: 1)
        }
        return region
    }

    /// Aadorp is covered by a po region and a vo/mbo region of different names.
    static let regions = [
        region("kring-po", "Onderwijsregio Kring", [.po], ["GM0001", "GM0002"]),
        region("aa-vo", "Voortgezet Aa-Beek", [.vo, .mbo], ["GM0001", "GM0002", "GM0003"]),
        region("haven-po", "Haven", [.po], ["GM0004"]),
        region("haven-vo", "Haven", [.vo], ["GM0004", "GM0005"]),
        region("landelijk-a", "Landelijk Alpha", [.po], [], national: true),
        region("landelijk-b", "Landelijk Beta", [.po, .vo], [], national: true),
    ]

    static func resolve(_ text: String, landsdeel: String? = nil, aliases: [RegionAlias] = []) -> MentionResolution {
        let mention = RegionMention(kind: .voorloper, asListed: text, landsdeel: landsdeel,
                                    location: SourceLocation(file: "article.txt", line: 7))
        return RegionResolver(context: context, aliases: RegionAliasTable(aliases)).resolve(mention, in: RegionIndex(regions))
    }

    @Test func aMunicipalityCoveredByTwoRegionsIsDecidedByTheTag() {
        let po = Self.resolve("Aadorp en omstreken (po)")
        #expect(po.regionID == "kring-po")
        #expect(po.rule == .geography)
        #expect(po.confidence == .probable)
        #expect(po.evidence.contains { $0.contains("aa-vo") && $0.contains("dropped") })
        let vo = Self.resolve("Aadorp (vo/mbo)")
        #expect(vo.regionID == "aa-vo")
        // The municipality alias table makes "Aa" Aadorp, as "Den Haag" is 's-Gravenhage.
        #expect(Self.resolve("Aa e.o. (vo)").regionID == "aa-vo")
    }

    @Test func aMunicipalityCoveredByTwoRegionsWithoutATagIsNotGuessed() {
        let untagged = Self.resolve("Aadorp")
        #expect(untagged.regionID == nil)
        #expect(untagged.reason?.contains("several regions equally") == true)
        #expect(untagged.reason?.contains("kring-po") == true && untagged.reason?.contains("aa-vo") == true)
    }

    @Test func tagsThatFitNoCandidateLeaveTheMentionUnresolved() {
        let result = Self.resolve("Haven (mbo)")
        #expect(result.regionID == nil)
        #expect(result.confidence == nil)
        #expect(result.reason?.contains("no region name") == true)
        // Both namesakes were found and dropped for their sectors, and the evidence says so.
        #expect(result.evidence.filter { $0.contains("dropped") }.count == 2)
    }

    @Test func theTagPicksOneOfTwoNamesakes() {
        #expect(Self.resolve("Haven (po)").regionID == "haven-po")
        #expect(Self.resolve("Haven (po)").confidence == .certain)
        #expect(Self.resolve("Haven (vo)").regionID == "haven-vo")
        #expect(Self.resolve("Haven").regionID == nil)
    }

    @Test func aTagSpanningNamesakesIsUnresolved() {
        let result = Self.resolve("Haven (po/vo)")
        #expect(result.regionID == nil)
        #expect(result.reason?.contains("spans several regions") == true)
    }

    @Test func fillerWordsAreIgnoredAndPartialSectorsAreOnlyProbable() {
        let same = Self.resolve("Regio Kring e.o. (po)")
        #expect(same.regionID == "kring-po")
        #expect(same.rule == .tokens)
        #expect(same.confidence == .certain)
        let partial = Self.resolve("Regio Kring (po/vo)")
        #expect(partial.regionID == "kring-po")
        #expect(partial.confidence == .probable)
    }

    @Test func provincesPointAtTheRegionCoveringThem() {
        let result = Self.resolve("Westland (vo)")
        #expect(result.regionID == "aa-vo")
        #expect(result.rule == .geography)
        #expect(Self.resolve("Westland, Oostland (vo)").regionID == nil)  // aa-vo 3/5, haven-vo 2/5: not twice
    }

    @Test func landelijkLooksOnlyAtNationalRegionsAndTheSectorsDecide() {
        #expect(Self.resolve("Kring (po)", landsdeel: "Landelijk").regionID == nil)
        let vo = Self.resolve("Iets christelijks (vo)", landsdeel: "Landelijk")
        #expect(vo.regionID == "landelijk-b")
        let po = Self.resolve("Iets anders (po)", landsdeel: "Landelijk")
        #expect(po.regionID == nil)
        #expect(po.reason?.contains("several regions equally") == true)
    }

    @Test func anAliasSettlesWhatRulesCannot() {
        let alias = RegionAlias(mention: "Iets anders", regionID: "landelijk-a", note: "steward", location: SourceLocation(file: "r.csv", line: 3))
        let result = Self.resolve("Iets anders (po)", landsdeel: "Landelijk", aliases: [alias])
        #expect(result.regionID == "landelijk-a")
        #expect(result.rule == .alias)
        #expect(result.confidence == .certain)
        let stale = RegionAlias(mention: "Iets anders", regionID: "gone", note: "", location: SourceLocation(file: "r.csv", line: 3))
        let unknown = Self.resolve("Iets anders (po)", aliases: [stale])
        #expect(unknown.regionID == nil)
        #expect(unknown.reason?.contains("r.csv:3") == true)
    }

    @Test func spellingVariantsNeedTheSameStart() {
        let a = NameTokens("Amsterdam"), b = NameTokens("Amsterdamse Onderwijsregio")
        #expect(a.similarity(to: b).score == 1)
        #expect(a.similarity(to: b).fuzzyPairs == ["amsterdam~amsterdamse"])
        #expect(NameTokens("Midden-Nederland").similarity(to: NameTokens("Mbo Onderwijsregio Gelderland")).score == 0)
        #expect(NameTokens("Regio Zwolle en omgeving").words == ["zwolle"])
        #expect(NameTokens("Onderwijsregio Nijmegen e.o.").words == ["nijmegen"])
    }

    @Test func sectorFit() {
        #expect(SectorFit(tagged: [.po, .vo], served: [.po, .vo, .mbo]) == .fits)
        #expect(SectorFit(tagged: [], served: [.mbo]) == .fits)
        #expect(SectorFit(tagged: [.vo, .mbo], served: [.vo]) == .partial)
        #expect(SectorFit(tagged: [.po], served: [.vo, .mbo]) == .none)
    }
}
